package dev.corpora.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.graceful.GracefulShutdownManager;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drain before a stop, through Micronaut's graceful shutdown of every bean that takes part: readiness turns
 * DOWN at once (Micronaut's {@code gracefulShutdown} readiness indicator); the API port accepts no more
 * connections and closes each one once its requests in flight are answered; the deletion worker stops between
 * datasets. The management port's listener takes no part (Micronaut leaves it out), so that probes keep getting
 * readiness {@code 503} while requests drain. Bounded by {@code corpora.shutdown.grace-period}: past it, the stop
 * goes on regardless.
 */
@Singleton
final class GracefulShutdown {
    private static final Logger LOG = LoggerFactory.getLogger(GracefulShutdown.class);

    private final GracefulShutdownManager participants;
    private final Duration gracePeriod;

    GracefulShutdown(GracefulShutdownManager participants,
                     @Value("${corpora.shutdown.grace-period}") Duration gracePeriod) {
        this.participants = participants;
        this.gracePeriod = gracePeriod;
    }

    /** Returns once everything in flight has finished, or the grace period is over. */
    void drain() {
        LOG.info("Shutting down: readiness is DOWN; requests in flight get up to {} ms to finish",
                gracePeriod.toMillis());
        long start = System.nanoTime();
        try {
            participants.shutdownGracefully().toCompletableFuture()
                    .get(gracePeriod.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("Everything in flight finished in {} ms",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (TimeoutException e) {
            LOG.warn("The grace period of {} ms is over with {} task(s) still in flight; stopping regardless",
                    gracePeriod.toMillis(), participants.reportActiveTasks().orElse(-1));
        } catch (ExecutionException e) {
            LOG.warn("The graceful shutdown failed; stopping regardless", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
