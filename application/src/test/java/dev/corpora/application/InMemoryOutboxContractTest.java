package dev.corpora.application;

import dev.corpora.application.event.Outbox;
import dev.corpora.application.transaction.Transactions;

class InMemoryOutboxContractTest extends OutboxContract {
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final DirectTransactions transactions = new DirectTransactions();

    @Override
    protected Outbox outbox() {
        return outbox;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
