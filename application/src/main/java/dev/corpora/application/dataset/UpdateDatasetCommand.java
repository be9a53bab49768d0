package dev.corpora.application.dataset;

import dev.corpora.domain.dataset.DatasetChanges;
import dev.corpora.domain.dataset.DatasetId;
import java.util.Objects;

/** Change some fields of a dataset, if it is still at the expected version. */
public record UpdateDatasetCommand(DatasetId id, DatasetChanges changes, ExpectedVersion expected) {
    public UpdateDatasetCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(expected, "expected");
    }
}
