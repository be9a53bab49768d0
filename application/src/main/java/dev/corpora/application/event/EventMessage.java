package dev.corpora.application.event;

import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.dataset.DatasetId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event in the form consumers read it, made once when its change is stored: the same bytes go to the broker
 * and into the feed.
 *
 * @param type    the event's type, such as {@code dev.corpora.dataset.created}; also the broker's routing key
 * @param subject the dataset it is about
 * @param body    the whole event as consumers read it (a CloudEvent in JSON)
 */
public record EventMessage(UUID id, String type, OrganizationId organization, DatasetId subject, Instant time,
                           String body) {
    public EventMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(body, "body");
    }
}
