package dev.corpora.persistence.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpora.persistence.testing.H2TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.ConnectionOperations;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The pool behind the circuit: refused at once while the database is known to be down, and a failure on a
 * connection the pool closed because it broke reads as a connection failure, SQLState 08003.
 */
class GuardedDataSourceTest {
    private final DatabaseCircuit circuit = new DatabaseCircuit(Duration.ofMinutes(1), System::nanoTime);

    @Test
    void aPoolThatCannotConnectOpensTheCircuitAndTheNextRequestIsRefusedWithoutAsking() {
        SQLException refused = new SQLTransientConnectionException("request timed out after 1500ms", "08001");
        FakePool pool = new FakePool(refused);
        DataSource guarded = new GuardedDataSource(pool.dataSource(), circuit);

        assertThatThrownBy(guarded::getConnection).isSameAs(refused);
        assertThatThrownBy(guarded::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                .extracting(failure -> ((SQLException) failure).getSQLState()).isEqualTo("08001");

        assertThat(pool.asked.get()).isEqualTo(1);
    }

    @Test
    void aConnectionThatBreaksMidQueryOpensTheCircuit() throws SQLException {
        SQLException broken = new SQLException("An I/O error occurred while sending to the backend", "08006");
        Connection connection = new GuardedDataSource(new FakePool(broken, true).dataSource(), circuit)
                .getConnection();

        assertThatThrownBy(connection::commit).isSameAs(broken);

        assertThat(circuit.enter()).isEqualTo(DatabaseCircuit.Pass.REFUSED);
    }

    @Test
    void aBareFailureOnAConnectionThePoolClosedIsAConnectionThatDoesNotExist() throws SQLException {
        SQLException bare = new SQLException("Connection is closed");
        Connection connection = new GuardedDataSource(new FakePool(bare, true).dataSource(), circuit)
                .getConnection();

        assertThatThrownBy(() -> connection.setReadOnly(false))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasCause(bare)
                .extracting(failure -> ((SQLException) failure).getSQLState()).isEqualTo("08003");
    }

    @Test
    void aFailureOnAnOpenConnectionIsPassedOnAsItIsAndLeavesTheCircuitClosed() throws SQLException {
        SQLException bare = new SQLException("something else");
        Connection connection = new GuardedDataSource(new FakePool(bare, false).dataSource(), circuit)
                .getConnection();

        assertThatThrownBy(() -> connection.setAutoCommit(true)).isSameAs(bare);
        assertThat(circuit.enter()).isEqualTo(DatabaseCircuit.Pass.THROUGH);
    }

    @Test
    void usingAConnectionAfterClosingItIsNotMistakenForABrokenOne() throws SQLException {
        SQLException bare = new SQLException("Connection is closed");
        Connection connection = new GuardedDataSource(new FakePool(bare, false).dataSource(), circuit)
                .getConnection();

        connection.close();

        assertThatThrownBy(() -> connection.setReadOnly(false)).isSameAs(bare);
    }

    @Test
    void theApplicationsConnectionsComeThroughIt() {
        try (H2TestDatabase database = new H2TestDatabase();
             ApplicationContext context = ApplicationContext.builder().properties(database.properties())
                     .singletons(Clock.systemUTC()).start()) {
            ConnectionOperations<Connection> connections = context.getBean(
                    Argument.of(ConnectionOperations.class, Connection.class));

            Connection connection = connections.executeRead(status -> status.getConnection());

            assertThat(Proxy.isProxyClass(connection.getClass())).as(connection.toString()).isTrue();
            assertThat(connection.toString()).startsWith("Guarded ");
        }
    }

    /** A pool that fails to connect, or hands out a connection whose every call fails; closed as the pool left it. */
    private static final class FakePool {
        private final SQLException failure;
        private final boolean connects;
        private final boolean closedByPool;
        private final AtomicInteger asked = new AtomicInteger();

        FakePool(SQLException connectFailure) {
            this.failure = connectFailure;
            this.connects = false;
            this.closedByPool = false;
        }

        FakePool(SQLException callFailure, boolean closedByPool) {
            this.failure = callFailure;
            this.connects = true;
            this.closedByPool = closedByPool;
        }

        DataSource dataSource() {
            return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                        if (!method.getName().equals("getConnection")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        asked.incrementAndGet();
                        if (!connects) {
                            throw failure;
                        }
                        return connection();
                    });
        }

        private Connection connection() {
            boolean[] closed = {false};
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, arguments) -> switch (method.getName()) {
                        case "isClosed" -> closed[0] || closedByPool;
                        case "close" -> {
                            closed[0] = true;
                            yield null;
                        }
                        default -> throw failure;
                    });
        }
    }
}
