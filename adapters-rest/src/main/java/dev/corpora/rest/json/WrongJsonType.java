package dev.corpora.rest.json;

import io.micronaut.serde.exceptions.SerdeException;

/**
 * A JSON value of another type than its field's, such as a string where a boolean belongs. Carries the
 * pydantic-style word for the problem; the JSON reader adds where it happened ({@link #getPath()}) on the way out.
 */
public final class WrongJsonType extends SerdeException {
    private final String type;

    WrongJsonType(String type, String message) {
        super(message);
        this.type = type;
    }

    /** {@code bool_parsing}, {@code string_type}, {@code float_parsing}, {@code int_parsing}. */
    public String type() {
        return type;
    }
}
