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
 * timeout, a connection refused or broken: JDBC's connection exceptions, SQLState class {@code 08}, anywhere in
 * the cause chain), the answer is 503 with {@code Retry-After}: the request may well succeed later. Anything
 * else is rethrown, so Micronaut logs it and answers its 500 (in the contract's shape, see
 * {@link DetailErrorResponseProcessor}). The persistence adapter stays unknown here: only JDK types are matched.
 */
@Produces
@Singleton
final class DatabaseUnavailableHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {
    private static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException failure) {
        if (!databaseUnreachable(failure)) {
            throw failure;
        }
        return ErrorBodies.detail(HttpStatus.SERVICE_UNAVAILABLE, "The database is unavailable; try again later")
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    private static boolean databaseUnreachable(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
