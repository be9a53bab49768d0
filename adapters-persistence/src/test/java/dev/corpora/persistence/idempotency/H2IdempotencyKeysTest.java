package dev.corpora.persistence.idempotency;

import dev.corpora.persistence.testing.H2TestDatabase;
import dev.corpora.persistence.testing.TestDatabase;

class H2IdempotencyKeysTest extends IdempotencyKeysAdapterContract {
    @Override
    protected TestDatabase database() {
        return new H2TestDatabase();
    }
}
