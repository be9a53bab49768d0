package dev.corpora.domain.error;

import java.time.Duration;

/** Too many failed logins for a client id or from an address, lately: the next try must wait. */
public final class TooManyAttempts extends DomainError {
    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super("Too many failed logins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    /** How long until a login may be tried again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public String code() {
        return "too_many_attempts";
    }
}
