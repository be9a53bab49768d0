package dev.corpora.application.dataset;

import dev.corpora.domain.dataset.NewDataset;
import java.util.Objects;
import java.util.UUID;

/**
 * Create a dataset.
 *
 * @param requestedId an id chosen by the caller, for migrations only (admins); {@code null} to get a new one
 * @param malformed   parts of what the client sent were malformed and are left out of {@code dataset}: the rules
 *                    still check the rest, so that every problem is reported, but nothing is created
 */
public record CreateDatasetCommand(NewDataset dataset, UUID requestedId, boolean malformed) {
    public CreateDatasetCommand {
        Objects.requireNonNull(dataset, "dataset");
    }

    public CreateDatasetCommand(NewDataset dataset, UUID requestedId) {
        this(dataset, requestedId, false);
    }
}
