package dev.corpora.domain.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One broken rule: where, what kind, and a sentence for people. The path is relative to the input that was
 * checked: the domain's field names (as its records spell them, {@code datasetConfig}), list indexes, and
 * {@link Key}s of maps.
 */
public record Violation(List<Object> path, ViolationKind kind, String message) {
    public Violation {
        path = List.copyOf(path);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public static Violation at(ViolationKind kind, String message, Object... path) {
        return new Violation(List.of(path), kind, message);
    }

    /** The same violation, seen from one level up: {@code prefix} comes first in the path. */
    public Violation under(List<Object> prefix) {
        List<Object> full = new ArrayList<>(prefix);
        full.addAll(path);
        return new Violation(full, kind, message);
    }
}
