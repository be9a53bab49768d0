package dev.corpora.bootstrap.events;

import dev.corpora.application.event.ForgetOldEvents;
import dev.corpora.application.event.PublishEvents;
import dev.corpora.application.event.SequenceEvents;
import dev.corpora.persistence.SqlErrors;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code CORPORA_EVENTS_RELAY_INTERVAL}, puts committed events in the feed and, with a broker, hands them to
 * it; every {@code CORPORA_EVENTS_FORGET_INTERVAL}, removes those older than the retention. Safe with several
 * instances: the outbox lets one relay work at a time. A failed publish leaves the events in the outbox and waits
 * ({@link PublishBackoff}) before the next try; the feed goes on meanwhile.
 */
@Singleton
class EventRelay implements GracefulShutdownCapable {
    private static final Logger LOG = LoggerFactory.getLogger(EventRelay.class);

    private final SequenceEvents sequenceEvents;
    private final Optional<PublishEvents> publishEvents;
    private final ForgetOldEvents forgetOldEvents;
    private final Duration forgetInterval;
    private Instant nextForget = Instant.MIN;
    private final PublishBackoff backoff;
    private final Clock clock;
    private final Counter published;
    private final Counter failures;
    private final AtomicBoolean stopping = new AtomicBoolean();

    @SuppressWarnings("java:S107")
    EventRelay(SequenceEvents sequenceEvents, Optional<PublishEvents> publishEvents, ForgetOldEvents forgetOldEvents,
               Clock clock, MeterRegistry registry, @Value("${corpora.events.retry-backoff}") Duration firstWait,
               @Value("${corpora.events.retry-backoff-max}") Duration maxWait,
               @Value("${corpora.events.forget-interval}") Duration forgetInterval) {
        this.sequenceEvents = sequenceEvents;
        this.publishEvents = publishEvents;
        this.forgetOldEvents = forgetOldEvents;
        this.forgetInterval = forgetInterval;
        this.clock = clock;
        this.backoff = new PublishBackoff(firstWait, maxWait);
        this.published = Counter.builder("corpora.events.published").description("events the broker confirmed")
                .register(registry);
        this.failures = Counter.builder("corpora.events.publish.failures")
                .description("tries to hand events to the broker that failed; the events stay in the outbox")
                .register(registry);
    }

    @Scheduled(fixedDelay = "${corpora.events.relay-interval}", initialDelay = "${corpora.events.relay-interval}")
    void run() {
        if (stopping.get()) {
            return;
        }
        try {
            sequenceEvents.handle();
        } catch (RuntimeException e) {
            warn("Putting events in the feed", e);
            return;
        }
        publishEvents.filter(publish -> backoff.due(clock.instant())).ifPresent(this::publish);
        forgetWhenDue();
    }

    private void forgetWhenDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextForget)) {
            return;
        }
        nextForget = now.plus(forgetInterval);
        try {
            int forgotten = forgetOldEvents.handle();
            if (forgotten > 0) {
                LOG.info("Removed {} event(s) older than the retention", forgotten);
            }
        } catch (RuntimeException e) {
            warn("Removing old events", e);
        }
    }

    private void publish(PublishEvents publish) {
        try {
            published.increment(publish.handle());
            backoff.succeeded();
        } catch (RuntimeException e) {
            failures.increment();
            Duration wait = backoff.failed(clock.instant());
            LOG.warn("Publishing events failed; they stay in the outbox, next try in {}: {}", wait, e.toString());
        }
    }

    private static void warn(String what, RuntimeException e) {
        if (SqlErrors.unreachable(e)) {
            LOG.warn("{} waits for the database: {}", what, e.getMessage());
        } else {
            LOG.warn("{} failed; will retry at the next run", what, e);
        }
    }

    /** No new run starts; a run in progress finishes its batch, and the scheduler's shutdown waits for it. */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        stopping.set(true);
        return CompletableFuture.completedFuture(null);
    }
}
