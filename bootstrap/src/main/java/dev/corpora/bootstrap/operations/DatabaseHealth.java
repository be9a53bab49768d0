package dev.corpora.bootstrap.operations;

import dev.corpora.application.health.CheckHealth;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * The database, for the management port's {@code /health} and {@code /health/readiness} (never liveness): up when
 * it answers. {@link CheckHealth} keeps each answer for a second, so probes, however frequent, ask the database at
 * most once a second. Migrations need no check of their own: Flyway applies them before the server listens, and
 * a failed migration stops the start.
 */
@Singleton
final class DatabaseHealth implements HealthIndicator {
    private final CheckHealth health;

    DatabaseHealth(CheckHealth health) {
        this.health = health;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        boolean up = health.up();
        return Publishers.just(HealthResult.builder("database", up ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("reachable", up, "migrations", "applied at start"))
                .build());
    }
}
