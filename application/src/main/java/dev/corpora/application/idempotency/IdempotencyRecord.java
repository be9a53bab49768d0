package dev.corpora.application.idempotency;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What is kept for one key: the request it was first sent with, who holds it while that request runs, and, once
 * it ran, its answer. A running record is held only until {@code leaseUntil}: a request whose instance died lets
 * go of its key that way. The whole record counts until {@code expiresAt}, and is as good as absent after.
 *
 * @param owner  the claim that wrote the record: only it may finish or release it
 * @param answer the answer to give again; {@code null} while the request runs
 */
public record IdempotencyRecord(IdempotencyKey key, RequestFingerprint fingerprint, UUID owner, Instant leaseUntil,
                                Instant expiresAt, StoredAnswer answer) {
    public IdempotencyRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A new claim, running. */
    public static IdempotencyRecord running(IdempotencyKey key, RequestFingerprint fingerprint, Instant leaseUntil,
                                            Instant expiresAt) {
        return new IdempotencyRecord(key, fingerprint, UUID.randomUUID(), leaseUntil, expiresAt, null);
    }

    public Optional<StoredAnswer> storedAnswer() {
        return Optional.ofNullable(answer);
    }

    /** Whether the record still holds its key at {@code now}: unexpired, and finished or within its lease. */
    public boolean holdsAt(Instant now) {
        return now.isBefore(expiresAt) && (answer != null || now.isBefore(leaseUntil));
    }
}
