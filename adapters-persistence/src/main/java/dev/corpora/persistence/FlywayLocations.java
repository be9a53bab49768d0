package dev.corpora.persistence;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Where the default data source's migrations are: {@code db/migration}, portable SQL both databases run, and
 * {@code db/postgresql} or {@code db/h2}, each database's own (triggers, PostgreSQL's trigram index), chosen by
 * the database Corpora finds at start. A migration version lives in one of the three places only.
 */
@Singleton
@Named("default")
final class FlywayLocations implements FlywayConfigurationCustomizer {

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        configuration.locations("classpath:db/migration",
                "classpath:db/" + Databases.vendor(configuration.getDataSource()));
    }

    @Override
    public String getName() {
        return "default";
    }
}
