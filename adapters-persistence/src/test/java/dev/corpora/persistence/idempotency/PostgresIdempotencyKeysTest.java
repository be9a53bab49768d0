package dev.corpora.persistence.idempotency;

import dev.corpora.persistence.testing.PostgresTestDatabase;
import dev.corpora.persistence.testing.TestDatabase;

class PostgresIdempotencyKeysTest extends IdempotencyKeysAdapterContract {
    @Override
    protected TestDatabase database() {
        return PostgresTestDatabase.create();
    }
}
