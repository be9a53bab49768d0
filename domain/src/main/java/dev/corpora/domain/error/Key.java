package dev.corpora.domain.error;

import java.util.Objects;

/**
 * A step of a violation's path that is a key of a map the client chose (an asset type, a composite's name), not
 * one of the domain's field names: adapters show it as it is.
 */
public record Key(String value) {
    public Key {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
