package dev.corpora.domain.dataset;

import java.util.Locale;

/** The kinds of asset a dataset can hold. */
public enum AssetType {
    IMAGE,
    VIDEO;

    /** The key this type has in a dataset config's maps: {@code image}, {@code video}. */
    public String configKey() {
        return name().toLowerCase(Locale.ROOT);
    }
}
