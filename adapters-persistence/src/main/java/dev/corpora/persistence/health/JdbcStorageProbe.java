package dev.corpora.persistence.health;

import dev.corpora.application.health.StorageProbe;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;

/** The {@link StorageProbe} port: a connection from the pool that the database confirms is alive. */
@Singleton
final class JdbcStorageProbe implements StorageProbe {
    private static final int SECONDS_TO_ANSWER = 1;

    private final ConnectionOperations<Connection> connections;

    JdbcStorageProbe(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    @Override
    public boolean answers() {
        try {
            return connections.execute(ConnectionDefinition.DEFAULT, status -> isValid(status.getConnection()));
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    private static boolean isValid(Connection connection) {
        try {
            return connection.isValid(SECONDS_TO_ANSWER);
        } catch (SQLException e) {
            return false;
        }
    }
}
