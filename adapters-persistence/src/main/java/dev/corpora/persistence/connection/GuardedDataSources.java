package dev.corpora.persistence.connection;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Puts each pool behind its own {@link GuardedDataSource}. It wraps the pool itself, before Micronaut Data wraps it
 * in turn: Micronaut Data's connection operations unwrap their own wrappers only, and so reach this one.
 */
@Singleton
@Order(Ordered.HIGHEST_PRECEDENCE)
final class GuardedDataSources implements BeanCreatedEventListener<DataSource> {
    private final Duration retryInterval;

    GuardedDataSources(@Value("${corpora.database.retry-interval:2s}") Duration retryInterval) {
        this.retryInterval = retryInterval;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        return new GuardedDataSource(event.getBean(), new DatabaseCircuit(retryInterval, System::nanoTime));
    }
}
