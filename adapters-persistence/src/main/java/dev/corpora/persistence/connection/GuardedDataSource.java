package dev.corpora.persistence.connection;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool, behind a {@link DatabaseCircuit}: while the database is known to be unreachable, a connection is
 * refused at once (SQLState {@code 08001}) instead of after the pool's timeout. Every failure of the pool or of a
 * connection it handed out tells the circuit.
 * <p>
 * It also lets a connection that broke under a request say so in JDBC's words. When the database dies mid-query,
 * the driver fails with a connection error and the pool closes the connection at once. Whatever the framework then
 * does with it, restoring read-only or auto-commit, rolling back, fails with the pool's bare "Connection is
 * closed", which has no SQLState, and that failure is the one reported: the driver's is lost. A failure without a
 * SQLState on a connection the pool closed (not we) becomes a {@link SQLNonTransientConnectionException} with
 * SQLState {@code 08003}, connection does not exist.
 */
final class GuardedDataSource implements DataSource {
    static final String UNABLE_TO_CONNECT = "08001";
    static final String CONNECTION_DOES_NOT_EXIST = "08003";

    private final DataSource pool;
    private final DatabaseCircuit circuit;

    GuardedDataSource(DataSource pool, DatabaseCircuit circuit) {
        this.pool = pool;
        this.circuit = circuit;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(pool::getConnection);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(() -> pool.getConnection(username, password));
    }

    private Connection connect(Connect pooled) throws SQLException {
        DatabaseCircuit.Pass pass = circuit.enter();
        if (pass == DatabaseCircuit.Pass.REFUSED) {
            throw new SQLTransientConnectionException("The database is unreachable; a request tries it every "
                    + circuit.retryInterval().toMillis() + " ms", UNABLE_TO_CONNECT);
        }
        Connection connection;
        try {
            connection = pooled.get();
        } catch (SQLException | RuntimeException failure) {
            circuit.failed(failure);
            throw failure;
        }
        if (pass == DatabaseCircuit.Pass.TRIAL) {
            circuit.reached();
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new GuardedConnection(connection, circuit));
    }

    private interface Connect {
        Connection get() throws SQLException;
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(pool) ? type.cast(pool) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(pool) || pool.isWrapperFor(type);
    }

    @Override
    public String toString() {
        return "Guarded " + pool;
    }

    /** Passes every call on to the pooled connection and tells the circuit of its failures. */
    private static final class GuardedConnection implements InvocationHandler {
        private final Connection pooled;
        private final DatabaseCircuit circuit;
        private volatile boolean closedHere;

        GuardedConnection(Connection pooled, DatabaseCircuit circuit) {
            this.pooled = pooled;
            this.circuit = circuit;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            switch (method.getName()) {
                case "equals" -> {
                    return proxy == arguments[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "Guarded " + pooled;
                }
                case "close" -> closedHere = true;
                default -> {
                    // passed on below
                }
            }
            try {
                return method.invoke(pooled, arguments);
            } catch (InvocationTargetException thrown) {
                Throwable failure = reported(thrown.getCause());
                circuit.failed(failure);
                throw failure;
            }
        }

        private Throwable reported(Throwable failure) {
            if (failure instanceof SQLException sql && sql.getSQLState() == null && !closedHere && closed()) {
                return new SQLNonTransientConnectionException(
                        "The database connection broke and was closed: " + sql.getMessage(),
                        CONNECTION_DOES_NOT_EXIST, sql);
            }
            return failure;
        }

        private boolean closed() {
            try {
                return pooled.isClosed();
            } catch (SQLException e) {
                return false;
            }
        }
    }
}
