package dev.corpora.domain.error;

import java.util.Locale;

/** The kinds of broken rule, named with the pydantic-style words the contract uses on the wire. */
public enum ViolationKind {
    MISSING,
    STRING_TYPE,
    BOOL_TYPE,
    MODEL_TYPE,
    STRING_PATTERN_MISMATCH,
    STRING_TOO_SHORT,
    STRING_TOO_LONG,
    TOO_SHORT,
    ENUM,
    UUID_PARSING,
    GREATER_THAN,
    GREATER_THAN_EQUAL,
    LESS_THAN_EQUAL,
    VALUE_ERROR;

    /** The word used in the 422 envelope's {@code type}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
