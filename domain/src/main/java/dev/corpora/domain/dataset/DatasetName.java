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
    /** The characters a name may have, as the API states them. */
    public static final String PATTERN = "^[a-zA-Z0-9_]+$";
    private static final Pattern ALLOWED = Pattern.compile(PATTERN);

    public DatasetName {
        if (value == null) {
            throw new InvalidValue(ViolationKind.MISSING, "A dataset needs a name");
        }
        if (value.isEmpty()) {
            throw new InvalidValue(ViolationKind.BLANK, "A dataset name has at least 1 character");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValue(ViolationKind.TOO_LONG,
                    "A dataset name has at most " + MAX_LENGTH + " characters");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidValue(ViolationKind.NOT_ALLOWED_CHARACTERS,
                    "A dataset name has only letters, digits and underscores");
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
