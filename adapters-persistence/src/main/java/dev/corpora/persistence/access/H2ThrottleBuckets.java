package dev.corpora.persistence.access;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bucket4j's select-for-update buckets in {@code throttle_buckets} on H2, which has no
 * {@code INSERT ... ON CONFLICT (id) DO NOTHING} for Bucket4j's PostgreSQL manager: the same table and the same
 * locking, with a failed insert for "already there" (H2 goes on with the transaction after it).
 */
final class H2ThrottleBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    H2ThrottleBuckets(DataSource dataSource) {
        super(ClientSideConfig.getDefault());
        this.dataSource = dataSource;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        try {
            return new Transaction(dataSource.getConnection(), key);
        } catch (SQLException e) {
            throw new IllegalStateException("no connection for the throttle buckets", e);
        }
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM throttle_buckets WHERE id = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove a throttle bucket", e);
        }
    }

    private record Transaction(Connection connection, String key) implements SelectForUpdateBasedTransaction {
        @Override
        public void begin(Optional<Long> timeoutNanos) {
            run(() -> connection.setAutoCommit(false));
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            run(connection::commit);
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state FROM throttle_buckets WHERE id = ? FOR UPDATE")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot lock a throttle bucket", e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO throttle_buckets (id, state) VALUES (?, NULL)")) {
                insert.setString(1, key);
                return insert.executeUpdate() == 1;
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw new IllegalStateException("cannot add a throttle bucket", e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE throttle_buckets SET state = ? WHERE id = ?")) {
                update.setBytes(1, data);
                update.setString(2, key);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot keep a throttle bucket", e);
            }
        }

        @Override
        public void release() {
            run(connection::close);
        }

        private static void run(SqlStep step) {
            try {
                step.run();
            } catch (SQLException e) {
                throw new IllegalStateException("throttle bucket transaction failed", e);
            }
        }
    }

    private interface SqlStep {
        void run() throws SQLException;
    }
}
