package dev.corpora.persistence.idempotency;

import dev.corpora.application.IdempotencyKeysContract;
import dev.corpora.application.idempotency.IdempotencyKeys;
import dev.corpora.persistence.testing.AdapterContext;
import dev.corpora.persistence.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The idempotency keys ({@link IdempotencyKeysContract}) kept in each database Corpora supports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IdempotencyKeysAdapterContract extends IdempotencyKeysContract {
    private AdapterContext adapter;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        adapter = AdapterContext.on(database());
    }

    @AfterAll
    void stop() {
        if (adapter != null) {
            adapter.close();
        }
    }

    @Override
    protected IdempotencyKeys keys() {
        return adapter.bean(IdempotencyKeys.class);
    }
}
