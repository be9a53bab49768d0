package dev.corpora.domain.dataset;

/**
 * Where a dataset is in its life. New datasets are active; delete makes them deleting at once, and a
 * background worker makes them deleted.
 */
public enum DatasetStatus {
    ACTIVE,
    INACTIVE,
    DELETING,
    DELETED;

    /** Only active and inactive datasets hold their name; deleting frees it at once. */
    public boolean holdsName() {
        return this == ACTIVE || this == INACTIVE;
    }
}
