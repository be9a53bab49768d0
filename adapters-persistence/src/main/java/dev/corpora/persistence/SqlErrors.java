package dev.corpora.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Recognises database errors that mean something beyond the failed statement, the same way on PostgreSQL and H2. */
public final class SqlErrors {
    private static final String UNIQUE_VIOLATION = "23505";
    /** SQLState class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION = "08";
    /** admin_shutdown, crash_shutdown, cannot_connect_now: the server is going down or not up yet. */
    private static final Set<String> SERVER_NOT_RUNNING = Set.of("57P01", "57P02", "57P03");

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

    /**
     * @return whether the failure says the database cannot be reached: a connection refused or broken (SQLState
     *         class {@code 08}), or a server shutting down, crashing or starting up ({@code 57P01}, {@code 57P02},
     *         {@code 57P03}), somewhere in the cause chain. A pool merely out of connections is not that.
     */
    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION)
                    || SERVER_NOT_RUNNING.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
