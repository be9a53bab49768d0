package dev.corpora.domain.error;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects every violation while an input is checked, then fails once with all of them. */
public final class Violations {
    private final List<Violation> found = new ArrayList<>();

    public void add(ViolationKind kind, String message, Object... path) {
        found.add(Violation.at(kind, message, path));
    }

    public void addAll(List<Violation> violations) {
        found.addAll(violations);
    }

    /**
     * Builds a value, recording its violations under {@code path} instead of failing.
     *
     * @return the value, or {@code null} when it was invalid
     */
    public <T> T check(Supplier<T> build, Object... path) {
        try {
            return build.get();
        } catch (InvalidValue invalid) {
            invalid.violations().forEach(v -> found.add(v.under(List.of(path))));
            return null;
        }
    }

    /** Everything found so far, with {@code prefix} put in front of each path. */
    public List<Violation> under(Object... prefix) {
        return found.stream().map(v -> v.under(List.of(prefix))).toList();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationFailed(found);
        }
    }

    /** For value objects: throws {@link InvalidValue} carrying everything found, if anything was. */
    public void throwInvalidValueIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidValue(found);
        }
    }
}
