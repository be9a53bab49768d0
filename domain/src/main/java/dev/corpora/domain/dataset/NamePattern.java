package dev.corpora.domain.dataset;

import dev.corpora.domain.error.InvalidValue;
import dev.corpora.domain.error.ViolationKind;
import java.util.Locale;

/**
 * A case-insensitive glob on dataset names: {@code *} is any run of characters, {@code ?} any one; a pattern
 * without either matches anywhere in the name. Every other character, {@code _} and {@code %} included, is
 * literal.
 */
public record NamePattern(String glob) {
    public static final int MAX_LENGTH = 256;
    /** The escape character of {@link #likePattern()}. */
    public static final char ESCAPE = '\\';

    public NamePattern {
        if (glob == null) {
            throw new IllegalArgumentException("an absent pattern is null, not a NamePattern");
        }
        if (glob.length() > MAX_LENGTH) {
            throw new InvalidValue(ViolationKind.TOO_LONG,
                    "A name pattern has at most " + MAX_LENGTH + " characters");
        }
    }

    /** The pattern for SQL {@code LOWER(name) LIKE ? ESCAPE '\'}, lower-cased, with LIKE's own wildcards escaped. */
    public String likePattern() {
        boolean wildcards = glob.indexOf('*') >= 0 || glob.indexOf('?') >= 0;
        StringBuilder like = new StringBuilder(glob.length() + 2);
        if (!wildcards) {
            like.append('%');
        }
        for (char c : glob.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '*' -> like.append('%');
                case '?' -> like.append('_');
                case '%', '_', ESCAPE -> like.append(ESCAPE).append(c);
                default -> like.append(c);
            }
        }
        if (!wildcards) {
            like.append('%');
        }
        return like.toString();
    }

    /**
     * The lower-cased text every matching name starts with: what comes before the first wildcard, when the pattern
     * has one; empty when it has none (it then matches anywhere) or starts with one.
     */
    public String prefix() {
        int wildcard = firstWildcard();
        return wildcard < 0 ? "" : glob.substring(0, wildcard).toLowerCase(Locale.ROOT);
    }

    private int firstWildcard() {
        int star = glob.indexOf('*');
        int any = glob.indexOf('?');
        return star < 0 ? any : any < 0 ? star : Math.min(star, any);
    }

    /** The same match in Java, for checks that do not go through SQL. */
    public boolean matches(String name) {
        StringBuilder regex = new StringBuilder("(?s)");
        boolean wildcards = glob.indexOf('*') >= 0 || glob.indexOf('?') >= 0;
        if (!wildcards) {
            regex.append(".*");
        }
        for (char c : glob.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
            }
        }
        if (!wildcards) {
            regex.append(".*");
        }
        return name.toLowerCase(Locale.ROOT).matches(regex.toString());
    }
}
