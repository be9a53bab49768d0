package dev.corpora.application.idempotency;

import java.time.Clock;

/** Deletes the records of keys past their time: they already count as absent, this only frees their space. */
public final class ForgetExpiredIdempotencyKeys {
    private final IdempotencyKeys keys;
    private final Clock clock;

    public ForgetExpiredIdempotencyKeys(IdempotencyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** @return how many records were deleted */
    public int handle() {
        return keys.removeExpired(clock.instant());
    }
}
