package dev.corpora.domain.dataset;

import java.util.Locale;

/**
 * Where a dataset is in its life. New datasets are active; delete makes them deleting at once, and a
 * background worker makes them deleted.
 */
public enum DatasetStatus {
    ACTIVE,
    INACTIVE,
    DELETING,
    DELETED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Only active and inactive datasets hold their name; deleting frees it at once. */
    public boolean holdsName() {
        return this == ACTIVE || this == INACTIVE;
    }
}
