package dev.corpora.persistence.transaction;

import dev.corpora.application.transaction.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/** Transactions on the default data source, through Micronaut's transaction manager. */
@Singleton
final class JdbcTransactions implements Transactions {
    private final TransactionOperations<Connection> operations;

    JdbcTransactions(TransactionOperations<Connection> operations) {
        this.operations = operations;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return operations.executeWrite(status -> work.get());
    }
}
