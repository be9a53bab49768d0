package dev.corpora.rest.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Booleans in query strings the way the reference API reads them (pydantic's words: true/false, 1/0, yes/no,
 * on/off, t/f, y/n, any case); anything else is not a boolean.
 */
public final class QueryBooleans {
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "on", "t", "y");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "off", "f", "n");

    private QueryBooleans() {
    }

    public static Optional<Boolean> parse(String text) {
        String word = text.trim().toLowerCase(Locale.ROOT);
        if (TRUE.contains(word)) {
            return Optional.of(Boolean.TRUE);
        }
        if (FALSE.contains(word)) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }
}
