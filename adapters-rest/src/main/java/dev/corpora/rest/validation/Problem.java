package dev.corpora.rest.validation;

import java.util.List;

/**
 * One problem of a request as the 422 envelope lists it: where ({@code ["body", "name"]}, {@code ["query",
 * "status", 1]}), the pydantic-style word for what, and a sentence.
 */
public record Problem(List<Object> loc, String type, String msg) {
    public Problem {
        loc = List.copyOf(loc);
    }
}
