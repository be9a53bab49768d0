package dev.corpora.application.event;

import dev.corpora.application.transaction.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Removes the events older than the retention from the outbox, a batch per transaction, under the relay. With a
 * broker, an event stays until the broker has confirmed it, however old.
 */
public final class ForgetOldEvents {
    static final int BATCH = 1000;

    private final Outbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration retention;
    private final boolean keepUnsent;

    /** @param keepUnsent whether events go to a broker, so that unsent ones must stay until they are sent */
    public ForgetOldEvents(Outbox outbox, Transactions transactions, Clock clock, Duration retention,
                           boolean keepUnsent) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
        this.keepUnsent = keepUnsent;
    }

    /** @return how many events were removed */
    public int handle() {
        Instant before = clock.instant().minus(retention);
        int forgotten = 0;
        int batch = BATCH;
        while (batch == BATCH) {
            batch = transactions.inTransaction(() -> outbox.takeRelay() ? outbox.forget(before, keepUnsent, BATCH)
                    : 0);
            forgotten += batch;
        }
        return forgotten;
    }
}
