package dev.corpora.application.idempotency;

import dev.corpora.domain.access.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The start of a write sent with an {@code Idempotency-Key}, following the IETF httpapi draft and Stripe: the first
 * request with a key claims it and runs; the same request again gets the first one's answer and runs nothing; the
 * key with another request is refused, and so is a repeat while the first still runs.
 */
public final class BeginIdempotentRequest {
    private final IdempotencyKeys keys;
    private final Clock clock;
    private final Duration lease;
    private final Duration keptFor;

    /**
     * @param lease   how long a running request holds its key before another may take it over (its instance may
     *                have died); longer than any request runs
     * @param keptFor how long a key and its answer are kept after the first request
     */
    public BeginIdempotentRequest(IdempotencyKeys keys, Clock clock, Duration lease, Duration keptFor) {
        if (lease.isNegative() || lease.isZero() || keptFor.compareTo(lease) < 0) {
            throw new IllegalArgumentException("the lease must be positive and no longer than the keys are kept");
        }
        this.keys = keys;
        this.clock = clock;
        this.lease = lease;
        this.keptFor = keptFor;
    }

    /** What to do with a request. */
    public sealed interface Begun {
        /** Run the request, then hand its outcome to {@link FinishIdempotentRequest} with this claim. */
        record Proceed(IdempotencyRecord claim) implements Begun {
        }

        /** Answer this, and run nothing: the request ran before. */
        record Replay(StoredAnswer answer) implements Begun {
        }

        /** The first request with this key still runs: run nothing. */
        record StillRunning() implements Begun {
        }

        /** The key was first sent with another request: run nothing. */
        record KeyReused() implements Begun {
        }
    }

    public Begun handle(Actor actor, String key, RequestFingerprint fingerprint) {
        Instant now = clock.instant();
        IdempotencyRecord claim = IdempotencyRecord.running(new IdempotencyKey(actor.organization(), key),
                fingerprint, now.plus(lease), now.plus(keptFor));
        Optional<IdempotencyRecord> holder = keys.claim(claim, now);
        if (holder.isEmpty()) {
            return new Begun.Proceed(claim);
        }
        if (!holder.get().fingerprint().equals(fingerprint)) {
            return new Begun.KeyReused();
        }
        return holder.get().storedAnswer().<Begun>map(Begun.Replay::new).orElseGet(Begun.StillRunning::new);
    }
}
