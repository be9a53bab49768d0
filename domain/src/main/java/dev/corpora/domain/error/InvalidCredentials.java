package dev.corpora.domain.error;

/** Client credentials that do not match a known client. Deliberately says nothing about which part was wrong. */
public final class InvalidCredentials extends DomainError {
    public InvalidCredentials() {
        super("Invalid client credentials");
    }

    @Override
    public String code() {
        return "invalid_credentials";
    }
}
