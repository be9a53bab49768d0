package dev.corpora.bootstrap.system;

import dev.corpora.persistence.testing.H2TestDatabase;
import dev.corpora.persistence.testing.TestDatabase;

class H2IdempotencySystemTest extends IdempotencySystemContract {
    @Override
    protected TestDatabase database() {
        return new H2TestDatabase();
    }
}
