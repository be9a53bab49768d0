package dev.corpora.domain.error;

/** The operation does not fit the dataset's current state (for example, updating a dataset being deleted). */
public final class StateConflict extends DomainError {
    public StateConflict(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "state_conflict";
    }
}
