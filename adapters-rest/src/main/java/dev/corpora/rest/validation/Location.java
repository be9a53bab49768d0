package dev.corpora.rest.validation;

import java.util.Locale;

/** Where a parameter travels, as OpenAPI's {@code in} and as the first step of a problem's {@code loc}. */
enum Location {
    PATH,
    QUERY,
    HEADER;

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Location of(String in) {
        return valueOf(in.toUpperCase(Locale.ROOT));
    }
}
