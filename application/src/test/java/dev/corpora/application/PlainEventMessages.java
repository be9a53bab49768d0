package dev.corpora.application;

import dev.corpora.application.event.EventMessage;
import dev.corpora.application.event.EventMessages;
import dev.corpora.domain.dataset.DatasetEvent;
import java.util.UUID;

/**
 * Writes an event as its kind and the dataset's version, enough for the use-case tests to tell which events were
 * stored and in what order.
 */
public final class PlainEventMessages implements EventMessages {

    public static String typeOf(Class<? extends DatasetEvent> kind) {
        return kind.getSimpleName();
    }

    @Override
    public EventMessage of(DatasetEvent event) {
        String type = typeOf(event.getClass());
        return new EventMessage(UUID.randomUUID(), type, event.dataset().organization(), event.dataset().id(),
                event.occurredAt(), type + "@" + event.dataset().version());
    }
}
