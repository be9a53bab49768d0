package dev.corpora.domain.dataset;

import dev.corpora.domain.error.InvalidValue;
import dev.corpora.domain.error.ViolationKind;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A dataset's name: 1 to 128 letters, digits and underscores. Unique in its organization among datasets that
 * are not deleted, compared case-insensitively through {@link #uniquenessKey()}.
 */
public record DatasetName(String value) {
    public static final int MAX_LENGTH = 128;
    private static final Pattern ALLOWED = Pattern.compile("^[a-zA-Z0-9_]+$");

    public DatasetName {
        if (value == null) {
            throw new InvalidValue(ViolationKind.MISSING, "Field required");
        }
        if (value.isEmpty()) {
            throw new InvalidValue(ViolationKind.STRING_TOO_SHORT, "String should have at least 1 character");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValue(ViolationKind.STRING_TOO_LONG,
                    "String should have at most " + MAX_LENGTH + " characters");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidValue(ViolationKind.STRING_PATTERN_MISMATCH,
                    "String should match pattern '" + ALLOWED.pattern() + "'");
        }
    }

    /** Two names that differ only in case share this key. */
    public String uniquenessKey() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
