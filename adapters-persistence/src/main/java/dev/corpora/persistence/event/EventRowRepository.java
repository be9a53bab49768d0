package dev.corpora.persistence.event;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code dataset_events} table's rows; the same SQL on PostgreSQL and on H2 in PostgreSQL mode. Every
 * {@code WHERE} matches one of V6__outbox.sql's indexes.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface EventRowRepository extends GenericRepository<EventRow, UUID> {

    /**
     * Gives up to {@code max} rows without a position, the committed ones this statement sees, the positions after
     * {@code lastPosition} in {@code seq} order. The caller holds the relay.
     *
     * <p>The batch joins the table on its key alone, and {@code position IS NULL} is checked on the row found, so
     * that PostgreSQL looks the batch's rows up by key whatever its statistics say. With that condition in the
     * join, statistics taken before a burst of writes (few rows without a position, then tens of thousands) made
     * it scan every row without a position for each row of the batch: 40 s for one batch of 500 behind a backlog
     * of 82,000, against 12 ms this way.
     *
     * @return how many got one
     */
    @Query("""
            MERGE INTO dataset_events e
            USING (SELECT seq, ROW_NUMBER() OVER (ORDER BY seq) AS n FROM dataset_events
                   WHERE position IS NULL ORDER BY seq LIMIT :max) b
            ON e.seq = b.seq
            WHEN MATCHED AND e.position IS NULL THEN UPDATE SET position = :lastPosition + b.n""")
    int updatePositionsAfter(long lastPosition, int max);

    @Query("SELECT * FROM dataset_events WHERE position IS NOT NULL AND sent_at IS NULL ORDER BY position LIMIT :max")
    List<EventRow> findUnsent(int max);

    @Query("UPDATE dataset_events SET sent_at = CURRENT_TIMESTAMP WHERE id IN (:ids)")
    void updateSent(List<UUID> ids);

    /** The feed's events that happened before {@code before}, oldest places first; sent ones only if asked. */
    @Query("SELECT * FROM dataset_events WHERE position IS NOT NULL AND occurred_at < :before "
            + "AND (sent_at IS NOT NULL OR :unsentToo) ORDER BY position LIMIT :max")
    List<EventRow> findForgettable(Instant before, boolean unsentToo, int max);

    @Query("DELETE FROM dataset_events WHERE id IN (:ids)")
    void deleteByIds(List<UUID> ids);

    @Query("SELECT * FROM dataset_events WHERE organization_id = :organizationId AND position > :after "
            + "ORDER BY position LIMIT :limit")
    List<EventRow> findFeed(String organizationId, long after, int limit);
}
