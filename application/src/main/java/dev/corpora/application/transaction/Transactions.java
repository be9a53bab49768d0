package dev.corpora.application.transaction;

import java.util.function.Supplier;

/**
 * Port: runs work in one database transaction, committed when it returns, rolled back when it throws. Only
 * work of more than one step needs it: a port's single call (a read, a new dataset) is atomic on its own, and
 * costs the database fewer round trips outside a transaction.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
