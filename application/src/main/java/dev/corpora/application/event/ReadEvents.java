package dev.corpora.application.event;

import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.Role;
import java.util.List;

/** Reads the caller's organization's events after a place in the feed. Readers may. */
public class ReadEvents {
    private final Outbox outbox;

    public ReadEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public EventFeedPage handle(long after, int limit, Actor actor) {
        actor.require(Role.READER, "read events");
        List<StoredEvent> page = outbox.after(actor.organization(), after, limit);
        long next = page.isEmpty() ? after : page.get(page.size() - 1).position();
        return new EventFeedPage(page.stream().map(StoredEvent::message).toList(), next);
    }
}
