package dev.corpora.application.event;

import dev.corpora.application.transaction.Transactions;

/**
 * Gives committed events their places in the feed, a batch per transaction, under the relay; an instance that
 * finds the relay taken leaves the work to the one that has it.
 */
public final class SequenceEvents {
    static final int BATCH = 500;

    private final Outbox outbox;
    private final Transactions transactions;

    public SequenceEvents(Outbox outbox, Transactions transactions) {
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /** @return how many events got their place */
    public int handle() {
        int sequenced = 0;
        int batch = BATCH;
        while (batch == BATCH) {
            batch = transactions.inTransaction(() -> outbox.takeRelay() ? outbox.sequence(BATCH) : 0);
            sequenced += batch;
        }
        return sequenced;
    }
}
