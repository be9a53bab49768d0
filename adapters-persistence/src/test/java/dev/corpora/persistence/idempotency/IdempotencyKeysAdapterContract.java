package dev.corpora.persistence.idempotency;

import dev.corpora.application.IdempotencyKeysContract;
import dev.corpora.application.idempotency.IdempotencyKeys;
import dev.corpora.persistence.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The idempotency keys ({@link IdempotencyKeysContract}) kept in each database Corpora supports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IdempotencyKeysAdapterContract extends IdempotencyKeysContract {
    private TestDatabase database;
    private ApplicationContext context;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        database = database();
        context = ApplicationContext.builder().properties(database.properties()).singletons(Clock.systemUTC())
                .start();
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected IdempotencyKeys keys() {
        return context.getBean(IdempotencyKeys.class);
    }
}
