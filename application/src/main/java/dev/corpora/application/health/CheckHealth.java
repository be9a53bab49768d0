package dev.corpora.application.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether the service can do its work: up when its storage answers. The answer is kept for a second, so that
 * however often a load balancer asks, the storage is asked at most once a second.
 */
public final class CheckHealth {
    static final Duration KEPT_FOR = Duration.ofSeconds(1);

    private final StorageProbe storage;
    private final Clock clock;
    private volatile Checked last;

    public CheckHealth(StorageProbe storage, Clock clock) {
        this.storage = storage;
        this.clock = clock;
    }

    public boolean up() {
        Instant now = clock.instant();
        Checked checked = last;
        if (checked == null || !now.isBefore(checked.at().plus(KEPT_FOR))) {
            checked = new Checked(storage.answers(), now);
            last = checked;
        }
        return checked.up();
    }

    private record Checked(boolean up, Instant at) {
    }
}
