package dev.corpora.bootstrap.system;

import dev.corpora.persistence.testing.PostgresTestDatabase;
import dev.corpora.persistence.testing.TestDatabase;

class PostgresEventsSystemTest extends EventsSystemContract {
    @Override
    protected TestDatabase database() {
        return PostgresTestDatabase.create();
    }
}
