package dev.corpora.domain.error;

import java.util.List;

/**
 * Thrown by a value object's constructor when the raw value breaks its rule. Paths are relative to the value;
 * {@link Violations} re-bases them onto the field being checked. Not a {@link DomainError}: it never leaves
 * the domain uncollected.
 */
public final class InvalidValue extends RuntimeException {
    private final transient List<Violation> violations;

    public InvalidValue(List<Violation> violations) {
        super(violations.toString(), null, false, false);
        this.violations = List.copyOf(violations);
    }

    public InvalidValue(ViolationKind kind, String message) {
        this(List.of(Violation.at(kind, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
