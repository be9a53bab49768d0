package dev.corpora.application.event;

import dev.corpora.domain.access.OrganizationId;
import java.time.Instant;
import java.util.List;

/**
 * Port: the transactional outbox. Events are stored in the transaction of the change that raised them, so an
 * event exists if and only if its change committed. A relay then gives them their place in the feed, in the
 * order they committed, and hands them to the broker.
 */
public interface Outbox {

    /** Stores the events in the caller's transaction, in this order. */
    void append(List<EventMessage> events);

    /**
     * Takes the relay for the rest of the caller's transaction unless another transaction has it: one relay at
     * a time, however many instances run, so no event is handed on twice in the normal course.
     *
     * @return whether this transaction has it
     */
    boolean takeRelay();

    /**
     * Gives up to {@code max} committed events without a place in the feed the next places, in the order they
     * were stored. Only under the relay.
     *
     * @return how many got one
     */
    int sequence(int max);

    /** Up to {@code max} events with a place in the feed that the broker has not confirmed, in feed order. */
    List<StoredEvent> unsent(int max);

    /** Records that the broker confirmed these events. Only under the relay. */
    void markSent(List<StoredEvent> events);

    /** Up to {@code limit} of the organization's events after that place in the feed, in feed order. */
    List<StoredEvent> after(OrganizationId organization, long position, int limit);

    /**
     * What waits, at one moment.
     *
     * @param toABroker whether events go to a broker; without one nothing waits to be sent, and the unsent part
     *                  is left out (0 and {@code null}) rather than counted over the whole feed
     */
    OutboxBacklog backlog(boolean toABroker);

    /**
     * Removes up to {@code max} events of the feed that happened before {@code before}, oldest places first;
     * with {@code keepUnsent}, none that the broker has not confirmed. Only under the relay.
     *
     * @return how many were removed
     */
    int forget(Instant before, boolean keepUnsent, int max);

    /**
     * The last place in the feed whose event was removed ({@link #forget}), 0 while none was: a reader after an
     * earlier place may have missed events.
     */
    long forgottenThrough();
}
