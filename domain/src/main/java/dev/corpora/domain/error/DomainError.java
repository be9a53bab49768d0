package dev.corpora.domain.error;

/**
 * The small family of failures the core reports. Each has a stable {@link #code()}; the REST adapter maps
 * them to the contract's status codes in exactly one place.
 */
public abstract sealed class DomainError extends RuntimeException
        permits DatasetNotFound, DatasetNameTaken, DatasetIdTaken, StateConflict, ValidationFailed,
                Forbidden, InvalidCredentials, PreconditionFailed, TooManyAttempts, EventsForgotten {

    protected DomainError(String message) {
        super(message, null, false, false);
    }

    /** A stable, machine-readable name of the failure. */
    public abstract String code();
}
