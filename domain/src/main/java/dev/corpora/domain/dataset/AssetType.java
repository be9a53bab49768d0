package dev.corpora.domain.dataset;

import dev.corpora.domain.error.InvalidValue;
import dev.corpora.domain.error.ViolationKind;
import java.util.Locale;

/** The kinds of asset a dataset can hold. */
public enum AssetType {
    IMAGE,
    VIDEO;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidValue ({@code enum}) for any other word */
    public static AssetType fromWire(String value) {
        for (AssetType type : values()) {
            if (type.wireName().equals(value)) {
                return type;
            }
        }
        throw new InvalidValue(ViolationKind.ENUM, "Input should be 'image' or 'video'");
    }
}
