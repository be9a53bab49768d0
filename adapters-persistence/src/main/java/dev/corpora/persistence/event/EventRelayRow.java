package dev.corpora.persistence.event;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * The {@code event_relay} table's one row: the relay's lock, the last position it handed out, and the last one
 * whose event the retention removed.
 */
@MappedEntity("event_relay")
record EventRelayRow(
        @Id @MappedProperty("id") int id,
        @MappedProperty("last_position") long lastPosition,
        @MappedProperty("forgotten_through") long forgottenThrough) {
    static final int ONLY = 1;
}
