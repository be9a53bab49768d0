package dev.corpora.application.event;

import java.util.List;

/** Port: the message broker. */
public interface EventPublisher {

    /**
     * Publishes the events in this order and returns once the broker has confirmed every one of them.
     *
     * @throws RuntimeException when the broker is unreachable or did not confirm them all; some may have been
     *                          published, and are published again by the next try (consumers de-duplicate by
     *                          event id)
     */
    void publish(List<EventMessage> events);
}
