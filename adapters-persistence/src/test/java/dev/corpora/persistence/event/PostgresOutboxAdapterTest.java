package dev.corpora.persistence.event;

import dev.corpora.persistence.testing.PostgresTestDatabase;
import dev.corpora.persistence.testing.TestDatabase;

class PostgresOutboxAdapterTest extends OutboxAdapterContract {
    @Override
    protected TestDatabase database() {
        return PostgresTestDatabase.create();
    }
}
