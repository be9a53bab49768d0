package dev.corpora.bootstrap;

import dev.corpora.application.dataset.CompleteDeletions;
import dev.corpora.persistence.SqlErrors;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes started deletions every {@code CORPORA_DELETION_INTERVAL}. Safe with several instances on one
 * PostgreSQL: {@link CompleteDeletions} claims datasets so that each is finished once.
 */
@Singleton
class DeletionWorker {
    private static final Logger LOG = LoggerFactory.getLogger(DeletionWorker.class);

    private final CompleteDeletions completeDeletions;
    private final Counter completed;

    DeletionWorker(CompleteDeletions completeDeletions, MeterRegistry registry) {
        this.completeDeletions = completeDeletions;
        this.completed = registry.counter("corpora.datasets.deletions.completed");
    }

    @Scheduled(fixedDelay = "${corpora.deletion.interval}", initialDelay = "${corpora.deletion.interval}")
    void run() {
        try {
            int finished = completeDeletions.handle(() -> false);
            completed.increment(finished);
            if (finished > 0) {
                LOG.info("Finished deleting {} dataset(s)", finished);
            }
        } catch (RuntimeException e) {
            // the claims roll back with the transaction; the next run takes them up again
            if (SqlErrors.unreachable(e)) {
                // the database circuit reports the outage once; a stack trace at every run would only repeat it
                LOG.warn("Finishing deletions waits for the database: {}", e.getMessage());
            } else {
                LOG.warn("Finishing deletions failed; will retry at the next run", e);
            }
        }
    }
}
