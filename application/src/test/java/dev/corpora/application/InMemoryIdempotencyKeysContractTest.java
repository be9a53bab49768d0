package dev.corpora.application;

import dev.corpora.application.idempotency.IdempotencyKeys;

class InMemoryIdempotencyKeysContractTest extends IdempotencyKeysContract {
    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();

    @Override
    protected IdempotencyKeys keys() {
        return keys;
    }
}
