package dev.corpora.persistence.event;

import dev.corpora.application.event.EventMessage;
import dev.corpora.application.event.StoredEvent;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.dataset.DatasetId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One row of the {@code dataset_events} table, without the columns only SQL uses: {@code seq}, which the database
 * numbers, and {@code sent_at}. Never leaves this adapter. Mapped by hand: both sides are records, so a field
 * either side gains breaks these constructor calls at compile time.
 */
@MappedEntity("dataset_events")
record EventRow(
        @Id @MappedProperty("id") UUID id,
        @MappedProperty("organization_id") String organizationId,
        @MappedProperty("dataset_id") UUID datasetId,
        @MappedProperty("type") String type,
        @MappedProperty("occurred_at") Instant occurredAt,
        @MappedProperty("body") String body,
        @Nullable @MappedProperty("position") Long position) {

    /** A new row, not in the feed yet; times keep the microseconds both databases store. */
    static EventRow of(EventMessage message) {
        return new EventRow(message.id(), message.organization().value(), message.subject().value(), message.type(),
                message.time().truncatedTo(ChronoUnit.MICROS), message.body(), null);
    }

    /** Only for a row with a position. */
    StoredEvent toStoredEvent() {
        return new StoredEvent(position, new EventMessage(id, type, new OrganizationId(organizationId),
                new DatasetId(datasetId), occurredAt, body));
    }
}
