package dev.corpora.persistence.event;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** The {@code event_relay} table's one row: the relay's lock, and the last position it handed out. */
@MappedEntity("event_relay")
record EventRelayRow(
        @Id @MappedProperty("id") int id,
        @MappedProperty("last_position") long lastPosition) {
    static final int ONLY = 1;
}
