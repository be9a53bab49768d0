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
 * A span for each SQL statement, under the span current when it runs (the use case's). It wraps what the database
 * circuit made of the pool (that listener comes first), before Micronaut Data wraps it in turn, so the statements
 * of Micronaut Data's repositories and of plain JDBC alike are traced. Taking a connection from the pool is no span
 * of its own: a trace holds the request, its use case and their statements.
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
