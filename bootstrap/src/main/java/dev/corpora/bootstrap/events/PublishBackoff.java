package dev.corpora.bootstrap.events;

import java.time.Duration;
import java.time.Instant;

/**
 * When the relay may try the broker again: at once while it works; after a failure, after a wait that doubles
 * with each failure in a row, up to a maximum, so a broker that is down is not hammered and one that is back is
 * found soon enough.
 */
final class PublishBackoff {
    private final Duration first;
    private final Duration max;
    private Duration next;
    private Instant notBefore = Instant.MIN;

    PublishBackoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
        this.next = first;
    }

    synchronized boolean due(Instant now) {
        return !now.isBefore(notBefore);
    }

    /** @return how long the relay now waits */
    synchronized Duration failed(Instant now) {
        Duration wait = next;
        notBefore = now.plus(wait);
        next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
        return wait;
    }

    synchronized void succeeded() {
        next = first;
        notBefore = Instant.MIN;
    }
}
