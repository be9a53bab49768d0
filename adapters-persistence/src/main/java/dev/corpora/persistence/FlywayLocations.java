package dev.corpora.persistence;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
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
        configuration.locations("classpath:db/migration", "classpath:db/" + vendor(configuration.getDataSource()));
    }

    @Override
    public String getName() {
        return "default";
    }

    private static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgresql")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("Corpora runs on PostgreSQL or H2, not on " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database the migrations are for", e);
        }
    }
}
