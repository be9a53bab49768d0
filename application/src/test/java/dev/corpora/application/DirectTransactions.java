package dev.corpora.application;

import dev.corpora.application.transaction.Transactions;
import java.util.function.Supplier;

/** Runs the work at once, and counts how often a use case opened a transaction. */
public final class DirectTransactions implements Transactions {
    private int opened;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        opened++;
        return work.get();
    }

    public int opened() {
        return opened;
    }
}
