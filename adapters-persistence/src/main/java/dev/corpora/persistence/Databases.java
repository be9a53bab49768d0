package dev.corpora.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** Which of the two databases Corpora runs on is behind a data source. */
public final class Databases {
    private Databases() {
    }

    /** @return {@code postgresql} or {@code h2} */
    public static String vendor(DataSource dataSource) {
        try (Connection connection = pool(dataSource).getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgresql")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("Corpora runs on PostgreSQL or H2, not on " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }

    public static boolean isH2(DataSource dataSource) {
        return "h2".equals(vendor(dataSource));
    }

    /**
     * The pool itself, not Micronaut Data's view of it, which hands out only the connection of the surrounding
     * transaction (and none outside one).
     */
    public static DataSource pool(DataSource dataSource) {
        DataSource plain = dataSource;
        while (plain instanceof DelegatingDataSource delegating) {
            plain = delegating.getTargetDataSource();
        }
        return plain;
    }
}
