package dev.corpora.persistence.event;

import dev.corpora.persistence.testing.H2TestDatabase;
import dev.corpora.persistence.testing.TestDatabase;

class H2OutboxAdapterTest extends OutboxAdapterContract {
    @Override
    protected TestDatabase database() {
        return new H2TestDatabase();
    }
}
