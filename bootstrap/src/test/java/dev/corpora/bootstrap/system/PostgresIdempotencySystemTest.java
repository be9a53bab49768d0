package dev.corpora.bootstrap.system;

import dev.corpora.persistence.testing.PostgresTestDatabase;
import dev.corpora.persistence.testing.TestDatabase;

class PostgresIdempotencySystemTest extends IdempotencySystemContract {
    @Override
    protected TestDatabase database() {
        return PostgresTestDatabase.create();
    }
}
