package dev.corpora.application.event;

import dev.corpora.application.transaction.Transactions;
import java.util.List;

/**
 * Hands the feed's events to the broker in feed order, a batch per transaction, under the relay. A batch counts
 * as sent only once the broker has confirmed all of it; when the broker fails, the transaction rolls back and
 * the batch stays for the next try.
 */
public final class PublishEvents {
    static final int BATCH = 100;

    private final Outbox outbox;
    private final Transactions transactions;
    private final EventPublisher publisher;

    public PublishEvents(Outbox outbox, Transactions transactions, EventPublisher publisher) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.publisher = publisher;
    }

    /**
     * @return how many events the broker confirmed
     * @throws RuntimeException what the broker failed with; what was confirmed before stays sent
     */
    public int handle() {
        int sent = 0;
        int batch = BATCH;
        while (batch == BATCH) {
            batch = transactions.inTransaction(this::publishOneBatch);
            sent += batch;
        }
        return sent;
    }

    private int publishOneBatch() {
        if (!outbox.takeRelay()) {
            return 0;
        }
        List<StoredEvent> batch = outbox.unsent(BATCH);
        if (!batch.isEmpty()) {
            publisher.publish(batch.stream().map(StoredEvent::message).toList());
            outbox.markSent(batch);
        }
        return batch.size();
    }
}
