package dev.corpora.application;

import dev.corpora.application.idempotency.IdempotencyKey;
import dev.corpora.application.idempotency.IdempotencyKeys;
import dev.corpora.application.idempotency.IdempotencyRecord;
import dev.corpora.application.idempotency.StoredAnswer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link IdempotencyKeys} port in a map, for the use-case tests; {@link InMemoryIdempotencyKeysContractTest}
 * holds it to the adapter's contract. One lock decides races, as the primary key does in the database.
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {
    private final Map<IdempotencyKey, IdempotencyRecord> records = new HashMap<>();

    @Override
    public synchronized Optional<IdempotencyRecord> claim(IdempotencyRecord claim, Instant now) {
        IdempotencyRecord there = records.get(claim.key());
        if (there != null && there.holdsAt(now)) {
            return Optional.of(there);
        }
        records.put(claim.key(), claim);
        return Optional.empty();
    }

    @Override
    public synchronized void finish(IdempotencyRecord claim, StoredAnswer answer) {
        records.computeIfPresent(claim.key(), (key, there) -> there.owner().equals(claim.owner())
                ? new IdempotencyRecord(key, there.fingerprint(), there.owner(), there.leaseUntil(),
                        there.expiresAt(), answer)
                : there);
    }

    @Override
    public synchronized void release(IdempotencyRecord claim) {
        records.computeIfPresent(claim.key(), (key, there) -> there.owner().equals(claim.owner()) ? null : there);
    }

    @Override
    public synchronized int removeExpired(Instant now) {
        int before = records.size();
        records.values().removeIf(record -> !now.isBefore(record.expiresAt()));
        return before - records.size();
    }

    /** How many records are kept, expired ones too. */
    public synchronized int size() {
        return records.size();
    }
}
