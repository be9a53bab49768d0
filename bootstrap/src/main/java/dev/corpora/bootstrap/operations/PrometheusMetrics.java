package dev.corpora.bootstrap.operations;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.configuration.metrics.management.endpoint.MetricsEndpoint;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.annotation.Read;

/**
 * {@code /metrics} in Prometheus' text format, in place of Micronaut's JSON browser of meters (its
 * {@code /prometheus} endpoint serves the same text under a name scrapers are not usually pointed at).
 */
@Endpoint(id = "metrics", defaultSensitive = false)
@Replaces(MetricsEndpoint.class)
final class PrometheusMetrics {
    private final PrometheusMeterRegistry registry;

    PrometheusMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Read(produces = "text/plain; version=0.0.4; charset=utf-8")
    String scrape() {
        return registry.scrape();
    }
}
