package dev.corpora.application.health;

/** Port: whether the storage answers now. */
public interface StorageProbe {
    /** @return whether the storage answered within a short time; never throws */
    boolean answers();
}
