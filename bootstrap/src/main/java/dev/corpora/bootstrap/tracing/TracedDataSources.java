package dev.corpora.bootstrap.tracing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.jdbc.datasource.JdbcTelemetry;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * A span for each SQL statement, under the span current when it runs (the use case's). It wraps the data source
 * right after the database circuit has wrapped the pool (that listener comes first), and before Micronaut Data
 * wraps it in turn, so every statement the application runs is traced, and a connection the circuit refuses is
 * never reached. Connections handed out are not spans of their own: the trace holds the request, the use case
 * and its statements.
 */
@Singleton
@Requires(beans = OpenTelemetry.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
final class TracedDataSources implements BeanCreatedEventListener<DataSource> {
    private final JdbcTelemetry telemetry;

    TracedDataSources(OpenTelemetry openTelemetry) {
        telemetry = JdbcTelemetry.builder(openTelemetry).setDataSourceInstrumenterEnabled(false).build();
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        return telemetry.wrap(event.getBean());
    }
}
