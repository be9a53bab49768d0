package dev.corpora.application.dataset;

import dev.corpora.domain.dataset.NewDataset;
import java.util.Objects;
import java.util.UUID;

/**
 * Create a dataset.
 *
 * @param requestedId an id chosen by the caller, for migrations only (admins); {@code null} to get a new one
 */
public record CreateDatasetCommand(NewDataset dataset, UUID requestedId) {
    public CreateDatasetCommand {
        Objects.requireNonNull(dataset, "dataset");
    }
}
