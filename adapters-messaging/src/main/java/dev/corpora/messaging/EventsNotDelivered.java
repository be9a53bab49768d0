package dev.corpora.messaging;

/**
 * The broker did not take a batch of events: unreachable, the connection or channel failed, it refused (nacked)
 * a message, or it did not confirm them all in time. Some may have arrived; the relay publishes the batch again.
 */
public final class EventsNotDelivered extends RuntimeException {
    EventsNotDelivered(String message, Throwable cause) {
        super(message, cause);
    }
}
