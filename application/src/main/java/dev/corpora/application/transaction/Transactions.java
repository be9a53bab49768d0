package dev.corpora.application.transaction;

import java.util.function.Supplier;

/** Port: runs work in one database transaction, committed when it returns, rolled back when it throws. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /** Runs work that only reads, in a read-only transaction. */
    <T> T readOnly(Supplier<T> work);
}
