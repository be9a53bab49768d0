package dev.corpora.persistence.event;

import dev.corpora.application.event.EventMessage;
import dev.corpora.application.event.Outbox;
import dev.corpora.application.event.OutboxBacklog;
import dev.corpora.application.event.StoredEvent;
import dev.corpora.domain.access.OrganizationId;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The {@link Outbox} port on PostgreSQL or H2, with the same SQL on both; see V6__outbox.sql for the tables.
 * Positions are handed out by the one relay, to the rows its statement sees committed, so they grow in commit
 * order: each relay transaction's positions come after the last one's, and become visible all at once.
 */
@Singleton
final class JdbcOutbox implements Outbox {
    private static final String BACKLOG = """
            SELECT w.n AS unsequenced, w.oldest AS oldest_unsequenced, u.n AS unsent, u.oldest AS oldest_unsent
            FROM (SELECT COUNT(*) AS n, MIN(occurred_at) AS oldest FROM dataset_events WHERE position IS NULL) w
            CROSS JOIN (SELECT COUNT(*) AS n, MIN(occurred_at) AS oldest FROM dataset_events
                        WHERE position IS NOT NULL AND sent_at IS NULL) u""";
    /** Without a broker every event in the feed is unsent: counting them would read the whole feed. */
    private static final String BACKLOG_WITHOUT_A_BROKER = """
            SELECT COUNT(*) AS unsequenced, MIN(occurred_at) AS oldest_unsequenced FROM dataset_events
            WHERE position IS NULL""";

    private static final String APPEND = "INSERT INTO dataset_events (id, organization_id, dataset_id, type, "
            + "occurred_at, body) VALUES (?, ?, ?, ?, ?, ?)";

    private final EventRowRepository rows;
    private final EventRelayRepository relay;
    private final JdbcOperations jdbc;
    private final ConnectionOperations<Connection> connections;

    JdbcOutbox(EventRowRepository rows, EventRelayRepository relay, JdbcOperations jdbc,
            ConnectionOperations<Connection> connections) {
        this.rows = rows;
        this.relay = relay;
        this.jdbc = jdbc;
        this.connections = connections;
    }

    /**
     * One batch, so one round trip however many events a change raised: the write of the change that follows
     * holds locks others wait for until the commit, and every round trip before it is not held against them.
     */
    @Override
    public void append(List<EventMessage> events) {
        if (events.isEmpty()) {
            return;
        }
        connections.execute(ConnectionDefinition.DEFAULT, connection -> jdbc.prepareStatement(APPEND, statement -> {
            for (EventMessage event : events) {
                EventRow row = EventRow.of(event);
                statement.setObject(1, row.id());
                statement.setString(2, row.organizationId());
                statement.setObject(3, row.datasetId());
                statement.setString(4, row.type());
                statement.setObject(5, row.occurredAt().atOffset(ZoneOffset.UTC));
                statement.setString(6, row.body());
                statement.addBatch();
            }
            statement.executeBatch();
            return null;
        }));
    }

    @Override
    public boolean takeRelay() {
        return relay.findUnlessHeld().isPresent();
    }

    /** Locks the relay's row again, so that a caller that did not take the relay waits rather than races. */
    @Override
    public int sequence(int max) {
        long last = relay.findForUpdate().lastPosition();
        int placed = rows.updatePositionsAfter(last, max);
        if (placed > 0) {
            relay.update(EventRelayRow.ONLY, last + placed);
        }
        return placed;
    }

    @Override
    public List<StoredEvent> unsent(int max) {
        return rows.findUnsent(max).stream().map(EventRow::toStoredEvent).toList();
    }

    @Override
    public void markSent(List<StoredEvent> events) {
        if (!events.isEmpty()) {
            rows.updateSent(events.stream().map(event -> event.message().id()).toList());
        }
    }

    @Override
    public List<StoredEvent> after(OrganizationId organization, long position, int limit) {
        return rows.findFeed(organization.value(), position, limit).stream().map(EventRow::toStoredEvent).toList();
    }

    @Override
    public OutboxBacklog backlog(boolean toABroker) {
        return connections.execute(ConnectionDefinition.DEFAULT,
                connection -> jdbc.prepareStatement(toABroker ? BACKLOG : BACKLOG_WITHOUT_A_BROKER, statement -> {
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        return toABroker
                                ? new OutboxBacklog(result.getLong("unsequenced"), result.getLong("unsent"),
                                        instant(result, "oldest_unsequenced"), instant(result, "oldest_unsent"))
                                : new OutboxBacklog(result.getLong("unsequenced"), 0,
                                        instant(result, "oldest_unsequenced"), null);
                    }
                }));
    }

    @Override
    public int forget(Instant before, boolean keepUnsent, int max) {
        List<EventRow> old = rows.findForgettable(before, !keepUnsent, max);
        if (old.isEmpty()) {
            return 0;
        }
        rows.deleteByIds(old.stream().map(EventRow::id).toList());
        relay.forgetThrough(old.stream().mapToLong(EventRow::position).max().orElseThrow());
        return old.size();
    }

    @Override
    public long forgottenThrough() {
        return relay.findForgottenThrough();
    }

    private static Instant instant(ResultSet result, String column) throws SQLException {
        OffsetDateTime time = result.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
