package dev.corpora.bootstrap;

import dev.corpora.application.idempotency.ForgetExpiredIdempotencyKeys;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired idempotency keys every {@code CORPORA_IDEMPOTENCY_CLEANUP_INTERVAL}. Only for space: an expired
 * key already counts as absent. Several instances may run it at once; a row is deleted once either way.
 */
@Singleton
class IdempotencyKeyCleanup {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyCleanup.class);

    private final ForgetExpiredIdempotencyKeys forgetExpired;

    IdempotencyKeyCleanup(ForgetExpiredIdempotencyKeys forgetExpired) {
        this.forgetExpired = forgetExpired;
    }

    @Scheduled(fixedDelay = "${corpora.idempotency.cleanup-interval}",
            initialDelay = "${corpora.idempotency.cleanup-interval}")
    void run() {
        try {
            int forgotten = forgetExpired.handle();
            if (forgotten > 0) {
                LOG.info("Deleted {} expired idempotency key(s)", forgotten);
            }
        } catch (RuntimeException e) {
            LOG.warn("Deleting expired idempotency keys failed; will retry at the next run: {}", e.toString());
        }
    }
}
