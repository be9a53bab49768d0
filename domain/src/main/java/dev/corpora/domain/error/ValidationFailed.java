package dev.corpora.domain.error;

import java.util.List;

/** One or more rules were broken; carries every violation found, not only the first. */
public final class ValidationFailed extends DomainError {
    private final transient List<Violation> violations;

    public ValidationFailed(List<Violation> violations) {
        this(violations, false);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
    }

    public ValidationFailed(Violation violation) {
        this(List.of(violation));
    }

    private ValidationFailed(List<Violation> violations, boolean malformedInput) {
        super(malformedInput ? "the input was malformed" : violations.size() + " validation error(s): " + violations);
        this.violations = List.copyOf(violations);
    }

    /**
     * The input was found malformed before it reached the rules, and those found nothing more: the caller
     * already holds the problems to report.
     */
    public static ValidationFailed malformedInput() {
        return new ValidationFailed(List.of(), true);
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String code() {
        return "validation_failed";
    }
}
