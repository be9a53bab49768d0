package dev.corpora.persistence;

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
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }

    public static boolean isH2(DataSource dataSource) {
        return "h2".equals(vendor(dataSource));
    }
}
