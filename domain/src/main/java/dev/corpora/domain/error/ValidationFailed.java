package dev.corpora.domain.error;

import java.util.List;

/** One or more rules were broken; carries every violation found, not only the first. */
public final class ValidationFailed extends DomainError {
    private final List<Violation> violations;

    public ValidationFailed(List<Violation> violations) {
        super(violations.size() + " validation error(s): " + violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public ValidationFailed(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String code() {
        return "validation_failed";
    }
}
