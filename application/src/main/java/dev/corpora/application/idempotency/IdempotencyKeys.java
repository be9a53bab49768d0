package dev.corpora.application.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: the records of idempotency keys, shared by every instance of the service. The store decides every race:
 * of any number of claims of one key at once, on any instances, exactly one takes it.
 */
public interface IdempotencyKeys {

    /**
     * Stores {@code claim} (a running record) unless a record that {@linkplain IdempotencyRecord#holdsAt holds}
     * its key at {@code now} is there; one that no longer holds it (expired, or running past its lease) is
     * replaced.
     *
     * @return empty when the claim took the key; else the record that holds it, unchanged
     */
    Optional<IdempotencyRecord> claim(IdempotencyRecord claim, Instant now);

    /** Keeps the answer of a claimed request; nothing happens when the claim no longer owns its record. */
    void finish(IdempotencyRecord claim, StoredAnswer answer);

    /** Frees the key of a claim that keeps no answer; nothing happens when the claim no longer owns its record. */
    void release(IdempotencyRecord claim);

    /** Deletes the records expired at {@code now}; answers how many. */
    int removeExpired(Instant now);
}
