package dev.corpora.application.dataset;

import dev.corpora.domain.dataset.DatasetChanges;
import dev.corpora.domain.dataset.DatasetId;
import java.util.Objects;

/**
 * Change some fields of a dataset, if it is still at the expected version.
 *
 * @param malformed parts of what the client sent were malformed and are left out of {@code changes}: the rules
 *                  still check the rest, so that every problem is reported, but nothing changes
 */
public record UpdateDatasetCommand(DatasetId id, DatasetChanges changes, ExpectedVersion expected,
                                   boolean malformed) {
    public UpdateDatasetCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(expected, "expected");
    }

    public UpdateDatasetCommand(DatasetId id, DatasetChanges changes, ExpectedVersion expected) {
        this(id, changes, expected, false);
    }
}
