package dev.corpora.domain.error;

/**
 * A reader asked for events after a place in the feed whose successors were removed, being older than the
 * feed keeps them: resuming there would silently skip events, so it must start again from the oldest kept.
 */
public final class EventsForgotten extends DomainError {
    public EventsForgotten(long after, long forgottenThrough) {
        super("The events after " + after + " are no longer kept (the feed keeps them for a while, then removes "
                + "them); the feed now starts after " + forgottenThrough
                + ": start again there, or without a cursor");
    }

    @Override
    public String code() {
        return "events_forgotten";
    }
}
