package dev.corpora.application.event;

import dev.corpora.domain.dataset.DatasetEvent;

/** Port: writes a domain event as consumers read it, with an id of its own. */
public interface EventMessages {
    EventMessage of(DatasetEvent event);
}
