package dev.corpora.persistence.event;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** The relay's row. Its row lock is the relay: held until the transaction that took it ends. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface EventRelayRepository extends GenericRepository<EventRelayRow, Integer> {

    /** Locks the row unless another transaction holds it, without waiting; empty when one does. */
    @Query("SELECT * FROM event_relay WHERE id = 1 FOR UPDATE SKIP LOCKED")
    Optional<EventRelayRow> findUnlessHeld();

    /** Locks the row, waiting for a transaction that holds it; a no-op for the one that does. */
    @Query("SELECT * FROM event_relay WHERE id = 1 FOR UPDATE")
    EventRelayRow findForUpdate();

    void update(@Id int id, long lastPosition);

    @Query("SELECT forgotten_through FROM event_relay WHERE id = 1")
    long findForgottenThrough();

    /** Raises the last forgotten position, never lowers it. */
    @Query("UPDATE event_relay SET forgotten_through = GREATEST(forgotten_through, :through) WHERE id = 1")
    void forgetThrough(long through);
}
