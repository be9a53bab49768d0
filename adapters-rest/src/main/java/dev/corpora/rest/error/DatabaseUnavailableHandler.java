package dev.corpora.rest.error;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A failure that no closer handler takes. When the database cannot be reached (no connection within the pool's
 * timeout, a connection refused or broken: JDBC's connection exceptions, SQLState class {@code 08}; or a server
 * shutting down, crashing or starting up: {@code 57P01}, {@code 57P02}, {@code 57P03}; anywhere in the cause
 * chain), the answer is 503 with {@code Retry-After}: the request may well succeed later. Anything else is
 * rethrown, so Micronaut logs it and answers its 500 (in the contract's shape, see
 * {@link DetailErrorResponseProcessor}). The persistence adapter and its drivers stay unknown here: only JDK types
 * and standard SQLStates are matched.
 */
@Produces
@Singleton
final class DatabaseUnavailableHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {
    private static final String RETRY_AFTER_SECONDS = "5";
    /** SQLState class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION = "08";
    /** admin_shutdown, crash_shutdown, cannot_connect_now: the server is going down or not up yet. */
    private static final Set<String> SERVER_NOT_RUNNING = Set.of("57P01", "57P02", "57P03");

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException failure) {
        if (!databaseUnreachable(failure)) {
            throw failure;
        }
        return ErrorBodies.detail(HttpStatus.SERVICE_UNAVAILABLE, "The database is unavailable; try again later")
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    static boolean databaseUnreachable(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION)
                    || SERVER_NOT_RUNNING.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
