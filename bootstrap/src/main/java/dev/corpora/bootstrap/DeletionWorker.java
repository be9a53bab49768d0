package dev.corpora.bootstrap;

import dev.corpora.application.dataset.CompleteDeletions;
import dev.corpora.persistence.SqlErrors;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes started deletions every {@code CORPORA_DELETION_INTERVAL}. Safe with several instances on one
 * PostgreSQL: {@link CompleteDeletions} claims datasets so that each is finished once. Once a graceful shutdown
 * begins, a run in progress stops after the dataset in hand, and no run starts.
 */
@Singleton
class DeletionWorker implements GracefulShutdownCapable {
    private static final Logger LOG = LoggerFactory.getLogger(DeletionWorker.class);

    private final CompleteDeletions completeDeletions;
    private final Counter completed;
    private final AtomicBoolean stopping = new AtomicBoolean();

    DeletionWorker(CompleteDeletions completeDeletions, MeterRegistry registry) {
        this.completeDeletions = completeDeletions;
        this.completed = registry.counter("corpora.datasets.deletions.completed");
    }

    @Scheduled(fixedDelay = "${corpora.deletion.interval}", initialDelay = "${corpora.deletion.interval}")
    void run() {
        try {
            int finished = completeDeletions.handle(stopping::get);
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

    /**
     * Asks a run in progress to stop after its dataset in hand. Waiting for that run is the scheduler's part: the
     * graceful shutdown also shuts down Micronaut's scheduled executor, which completes once its task has ended.
     */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        stopping.set(true);
        return CompletableFuture.completedFuture(null);
    }
}
