package dev.corpora.persistence.idempotency;

import dev.corpora.application.idempotency.IdempotencyKey;
import dev.corpora.application.idempotency.IdempotencyKeys;
import dev.corpora.application.idempotency.IdempotencyRecord;
import dev.corpora.application.idempotency.RequestFingerprint;
import dev.corpora.application.idempotency.StoredAnswer;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.persistence.SqlErrors;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link IdempotencyKeys} port in {@code idempotency_keys}. Hand-written SQL, as the claim is the point: the
 * insert that the primary key lets through takes a key (never check-then-insert: two instances would both pass
 * the check); a key whose row no longer holds it is taken over by an update whose condition the database
 * re-checks under the row's lock, so that of two takeovers one wins. Each statement commits on its own: a claim
 * must be seen by every instance while its request runs.
 */
@Singleton
final class JdbcIdempotencyKeys implements IdempotencyKeys {
    private static final int ATTEMPTS = 3;
    private static final String COLUMNS = "organization_id, idempotency_key, request_method, request_path,"
            + " request_digest, owner_token, state, lease_until, expires_at, created_at, response_status,"
            + " response_headers, response_body";
    private static final String INSERT = "INSERT INTO idempotency_keys (organization_id, idempotency_key,"
            + " request_method, request_path, request_digest, owner_token, lease_until, expires_at, created_at, state)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'running')";
    private static final String TAKE_OVER = "UPDATE idempotency_keys SET request_method = ?, request_path = ?,"
            + " request_digest = ?, owner_token = ?, lease_until = ?, expires_at = ?, created_at = ?,"
            + " state = 'running', response_status = NULL, response_headers = NULL, response_body = NULL"
            + " WHERE organization_id = ? AND idempotency_key = ?"
            + " AND (expires_at <= ? OR (state = 'running' AND lease_until <= ?))";
    private static final String SELECT = "SELECT " + COLUMNS
            + " FROM idempotency_keys WHERE organization_id = ? AND idempotency_key = ?";
    private static final String FINISH = "UPDATE idempotency_keys SET state = 'done', response_status = ?,"
            + " response_headers = ?, response_body = ?"
            + " WHERE organization_id = ? AND idempotency_key = ? AND owner_token = ? AND state = 'running'";
    private static final String RELEASE = "DELETE FROM idempotency_keys"
            + " WHERE organization_id = ? AND idempotency_key = ? AND owner_token = ? AND state = 'running'";
    private static final String REMOVE_EXPIRED = "DELETE FROM idempotency_keys WHERE expires_at <= ?";

    private final JdbcOperations jdbc;
    private final ConnectionOperations<Connection> connections;

    JdbcIdempotencyKeys(JdbcOperations jdbc, ConnectionOperations<Connection> connections) {
        this.jdbc = jdbc;
        this.connections = connections;
    }

    /**
     * Insert; else take over a row that no longer holds the key; else read the row that does. A row freed between
     * the failed insert and the read (its request released it) means trying again.
     */
    @Override
    public Optional<IdempotencyRecord> claim(IdempotencyRecord claim, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (inserted(claim, now) || takenOver(claim, now)) {
                return Optional.empty();
            }
            Optional<IdempotencyRecord> holder = read(claim.key());
            if (holder.isPresent()) {
                return holder;
            }
        }
        throw new IllegalStateException("the key " + claim.key() + " was claimed and freed " + ATTEMPTS
                + " times while this claim tried it");
    }

    private boolean inserted(IdempotencyRecord claim, Instant now) {
        try {
            return update(INSERT, statement -> {
                key(statement, 1, claim.key());
                fingerprint(statement, 3, claim.fingerprint());
                statement.setObject(6, claim.owner());
                statement.setObject(7, timestamp(claim.leaseUntil()));
                statement.setObject(8, timestamp(claim.expiresAt()));
                statement.setObject(9, timestamp(now));
            }) == 1;
        } catch (RuntimeException e) {
            if (SqlErrors.uniqueViolation(e).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    private boolean takenOver(IdempotencyRecord claim, Instant now) {
        return update(TAKE_OVER, statement -> {
            fingerprint(statement, 1, claim.fingerprint());
            statement.setObject(4, claim.owner());
            statement.setObject(5, timestamp(claim.leaseUntil()));
            statement.setObject(6, timestamp(claim.expiresAt()));
            statement.setObject(7, timestamp(now));
            key(statement, 8, claim.key());
            statement.setObject(10, timestamp(now));
            statement.setObject(11, timestamp(now));
        }) == 1;
    }

    private Optional<IdempotencyRecord> read(IdempotencyKey key) {
        return connections.execute(ConnectionDefinition.DEFAULT, connection -> jdbc.prepareStatement(SELECT,
                statement -> {
                    key(statement, 1, key);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.of(record(row)) : Optional.<IdempotencyRecord>empty();
                    }
                }));
    }

    @Override
    public void finish(IdempotencyRecord claim, StoredAnswer answer) {
        update(FINISH, statement -> {
            statement.setInt(1, answer.status());
            statement.setString(2, StoredHeaders.write(answer.headers()));
            statement.setBytes(3, answer.body());
            key(statement, 4, claim.key());
            statement.setObject(6, claim.owner());
        });
    }

    @Override
    public void release(IdempotencyRecord claim) {
        update(RELEASE, statement -> {
            key(statement, 1, claim.key());
            statement.setObject(3, claim.owner());
        });
    }

    @Override
    public int removeExpired(Instant now) {
        return update(REMOVE_EXPIRED, statement -> statement.setObject(1, timestamp(now)));
    }

    private int update(String sql, Binding binding) {
        return connections.execute(ConnectionDefinition.DEFAULT, connection -> jdbc.prepareStatement(sql,
                statement -> {
                    binding.bind(statement);
                    return statement.executeUpdate();
                }));
    }

    private static void key(PreparedStatement statement, int first, IdempotencyKey key) throws SQLException {
        statement.setString(first, key.organization().value());
        statement.setString(first + 1, key.value());
    }

    private static void fingerprint(PreparedStatement statement, int first, RequestFingerprint fingerprint)
            throws SQLException {
        statement.setString(first, fingerprint.method());
        statement.setString(first + 1, fingerprint.path());
        statement.setString(first + 2, fingerprint.bodyDigest());
    }

    private static IdempotencyRecord record(ResultSet row) throws SQLException {
        int status = row.getInt("response_status");
        StoredAnswer answer = row.wasNull() ? null : new StoredAnswer(status,
                StoredHeaders.read(row.getString("response_headers")), row.getBytes("response_body"));
        return new IdempotencyRecord(
                new IdempotencyKey(new OrganizationId(row.getString("organization_id")),
                        row.getString("idempotency_key")),
                new RequestFingerprint(row.getString("request_method"), row.getString("request_path"),
                        row.getString("request_digest")),
                row.getObject("owner_token", UUID.class),
                row.getObject("lease_until", OffsetDateTime.class).toInstant(),
                row.getObject("expires_at", OffsetDateTime.class).toInstant(),
                answer);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
