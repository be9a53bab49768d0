package dev.corpora.persistence.testing;

import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The persistence adapter started on a test database, as the adapter contracts use it: one a test class, which
 * closes its context and then its database.
 */
public final class AdapterContext implements AutoCloseable {
    private final TestDatabase database;
    private final ApplicationContext context;

    private AdapterContext(TestDatabase database, ApplicationContext context) {
        this.database = database;
        this.context = context;
    }

    public static AdapterContext on(TestDatabase database) {
        return on(database, Map.of());
    }

    /** @param settings more configuration, over the database's */
    public static AdapterContext on(TestDatabase database, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.putAll(settings);
        try {
            return new AdapterContext(database,
                    ApplicationContext.builder().properties(properties).singletons(Clock.systemUTC()).start());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public TestDatabase database() {
        return database;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            database.close();
        }
    }
}
