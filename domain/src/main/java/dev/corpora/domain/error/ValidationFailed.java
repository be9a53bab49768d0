package dev.corpora.domain.error;

import java.util.List;

/** One or more rules were broken; carries every violation found, not only the first. */
public final class ValidationFailed extends DomainError {
    /** What the violation paths are relative to. */
    public enum Source {
        /** The data sent to create or change something. */
        PAYLOAD,
        /** The parameters of a read, such as the filters of a listing. */
        PARAMETERS
    }

    private final transient List<Violation> violations;
    private final Source source;

    public ValidationFailed(List<Violation> violations, Source source) {
        super(violations.size() + " validation error(s): " + violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations);
        this.source = source;
    }

    public ValidationFailed(List<Violation> violations) {
        this(violations, Source.PAYLOAD);
    }

    public ValidationFailed(Violation violation) {
        this(List.of(violation));
    }

    public Source source() {
        return source;
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String code() {
        return "validation_failed";
    }
}
