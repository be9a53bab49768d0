package dev.corpora.rest.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpResponse;
import java.io.EOFException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures mean "the database is unavailable, try later", told by JDK types and standard SQLStates only. */
class DatabaseUnavailableHandlerTest {
    private final DatabaseUnavailableHandler handler = new DatabaseUnavailableHandler();

    @Test
    void noConnectionFromThePoolIs503WithRetryAfter() {
        HttpResponse<?> response = handler.handle(null, wrapped(
                new SQLTransientConnectionException("Connection is not available, request timed out after 1500ms")));

        assertThat(response.code()).isEqualTo(503);
        assertThat(response.getHeaders().get("Retry-After")).isEqualTo("5");
        assertThat(response.getBody()).isPresent();
    }

    /** Refused, broken by I/O (a backend killed mid-query), or a server shutting down, crashing, starting up. */
    @ParameterizedTest
    @ValueSource(strings = {"08001", "08003", "08006", "57P01", "57P02", "57P03"})
    void aServerThatIsGoneOrNotYetUpIs503(String sqlState) {
        SQLException driverFailure = new SQLException("driver says no", sqlState, new EOFException());

        assertThat(handler.handle(null, wrapped(driverFailure)).code()).isEqualTo(503);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42P01", "23505", "57014", "57P04", "XX000"})
    void anyOtherDatabaseFailureIsLeftForThe500(String sqlState) {
        RuntimeException failure = wrapped(new SQLException("broken query", sqlState));

        assertThatThrownBy(() -> handler.handle(null, failure)).isSameAs(failure);
    }

    @Test
    void aFailureWithoutSqlIsLeftForThe500() {
        RuntimeException failure = new UncheckedIOException(new EOFException());

        assertThatThrownBy(() -> handler.handle(null, failure)).isSameAs(failure);
    }

    /** As the persistence adapter's and the transaction manager's exceptions carry the driver's. */
    private static RuntimeException wrapped(SQLException cause) {
        return new IllegalStateException("data access failed", new RuntimeException("commit failed", cause));
    }
}
