package dev.corpora.domain.error;

/** The caller is known but lacks the role the operation needs. */
public final class Forbidden extends DomainError {
    public Forbidden(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "forbidden";
    }
}
