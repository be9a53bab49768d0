package dev.corpora.bootstrap.events;

import dev.corpora.application.event.EventPublisher;
import dev.corpora.application.event.Outbox;
import dev.corpora.application.event.OutboxBacklog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The outbox's gauges, read from the database at each scrape, so every instance reports the shared backlog: the
 * events still on their way (to the feed, and with a broker to the broker too), and how long the oldest of them
 * has waited. One read serves both gauges of a scrape.
 */
@Singleton
final class OutboxMetrics implements MeterBinder {
    /** Long enough for the gauges of one scrape, short enough that the next scrape reads afresh. */
    private static final Duration ONE_READ = Duration.ofSeconds(1);

    /** Looked up at the first scrape: the data source this needs itself waits for the registry this binds to. */
    private final Provider<Outbox> outbox;
    private final boolean toABroker;
    private final Clock clock;
    private Instant readAt = Instant.MIN;
    private OutboxBacklog last;

    OutboxMetrics(Provider<Outbox> outbox, Optional<EventPublisher> publisher, Clock clock) {
        this.outbox = outbox;
        this.toABroker = publisher.isPresent();
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("corpora.events.outbox.backlog", this, metrics -> metrics.waiting(metrics.backlog()))
                .description("events not yet in the feed or, with a broker, not yet confirmed by it")
                .register(registry);
        Gauge.builder("corpora.events.outbox.oldest.unsent.age", this,
                        metrics -> metrics.oldestAgeSeconds(metrics.backlog()))
                .description("seconds since the oldest event still waiting happened; 0 when none waits")
                .baseUnit("seconds").register(registry);
    }

    private synchronized OutboxBacklog backlog() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(readAt.plus(ONE_READ))) {
            last = outbox.get().backlog(toABroker);
            readAt = now;
        }
        return last;
    }

    private double waiting(OutboxBacklog backlog) {
        return backlog.unsequenced() + (double) backlog.unsent();
    }

    private double oldestAgeSeconds(OutboxBacklog backlog) {
        return Stream.of(backlog.oldestUnsequenced(), backlog.oldestUnsent()).filter(Objects::nonNull)
                .min(Instant::compareTo)
                .map(time -> Duration.between(time, clock.instant()).toMillis() / 1000.0).orElse(0.0);
    }
}
