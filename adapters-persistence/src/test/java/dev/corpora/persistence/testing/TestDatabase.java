package dev.corpora.persistence.testing;

import java.util.Map;

/** A database a test can point Corpora at: its JDBC settings as Micronaut configuration. */
public interface TestDatabase extends AutoCloseable {
    String url();

    String username();

    String password();

    /** Configuration that points the default data source here and migrates it at start. */
    default Map<String, Object> properties() {
        return Map.of(
                "datasources.default.url", url(),
                "datasources.default.username", username(),
                "datasources.default.password", password(),
                "flyway.datasources.default.enabled", true);
    }

    @Override
    void close();
}
