package dev.corpora.domain.error;

/** The caller's expected version of a dataset (If-Match) is not its current version. */
public final class PreconditionFailed extends DomainError {
    public PreconditionFailed(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "precondition_failed";
    }
}
