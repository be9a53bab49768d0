package dev.corpora.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** Recognises database errors that mean something to the domain, the same way on PostgreSQL and H2. */
public final class SqlErrors {
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {
    }

    /**
     * @return the lower-cased message of a unique-constraint violation somewhere in the cause chain (it names
     *         the violated index on both databases), or empty when the failure is something else
     */
    public static Optional<String> uniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Optional.of(String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
