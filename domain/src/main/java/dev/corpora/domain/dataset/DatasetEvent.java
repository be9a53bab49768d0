package dev.corpora.domain.dataset;

import java.time.Instant;

/**
 * Something that happened to a dataset, raised by the behaviour of {@link Dataset} that made it happen and
 * carried out of Corpora through the outbox, in the transaction that stores the change.
 *
 * <p>The permit events are raised only for datasets created with {@code addToPermit}: they are what a
 * permission system's sync consumer applies to register the dataset as a resource, its creator as owner, and to
 * remove it again.
 */
public sealed interface DatasetEvent permits DatasetEvent.Created, DatasetEvent.Updated,
        DatasetEvent.DeletionStarted, DatasetEvent.Deleted, DatasetEvent.PermitResourceCreated,
        DatasetEvent.PermitResourceDeleted {

    /** The dataset as the event left it. */
    Dataset dataset();

    /** When it happened. */
    Instant occurredAt();

    /** A new dataset. */
    record Created(Dataset dataset) implements DatasetEvent {
        @Override
        public Instant occurredAt() {
            return dataset.createdAt();
        }
    }

    /**
     * A new version from a client's changes.
     *
     * @param changedFields the fields whose value differs from the version before, by their names in
     *                      {@link Dataset}; empty when the changes sent the values it had
     */
    record Updated(Dataset dataset, java.util.List<String> changedFields) implements DatasetEvent {
        public Updated {
            changedFields = java.util.List.copyOf(changedFields);
        }

        @Override
        public Instant occurredAt() {
            return dataset.updatedAt();
        }
    }

    /** A client asked to delete the dataset: it is {@code deleting} and its name free. */
    record DeletionStarted(Dataset dataset, Instant occurredAt) implements DatasetEvent {
    }

    /** The worker finished the deletion. */
    record Deleted(Dataset dataset) implements DatasetEvent {
        @Override
        public Instant occurredAt() {
            return dataset.deletedAt();
        }
    }

    /** A dataset created with {@code addToPermit}: register it as a resource, its creator as first owner. */
    record PermitResourceCreated(Dataset dataset) implements DatasetEvent {
        @Override
        public Instant occurredAt() {
            return dataset.createdAt();
        }

        public String owner() {
            return dataset.createdBy();
        }
    }

    /** A dataset created with {@code addToPermit} is gone: remove it as a resource. */
    record PermitResourceDeleted(Dataset dataset) implements DatasetEvent {
        @Override
        public Instant occurredAt() {
            return dataset.deletedAt();
        }
    }
}
