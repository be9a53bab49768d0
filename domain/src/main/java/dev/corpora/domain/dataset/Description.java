package dev.corpora.domain.dataset;

import dev.corpora.domain.error.InvalidValue;
import dev.corpora.domain.error.ViolationKind;

/** A short summary of what a dataset holds: at most 2,000 characters. */
public record Description(String value) {
    public static final int MAX_LENGTH = 2000;

    public Description {
        if (value == null) {
            throw new IllegalArgumentException("an absent description is null, not a Description");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValue(ViolationKind.TOO_LONG,
                    "A description has at most " + MAX_LENGTH + " characters");
        }
    }

    /** @return the description, or {@code null} when there is none */
    public static Description ofNullable(String value) {
        return value == null ? null : new Description(value);
    }
}
