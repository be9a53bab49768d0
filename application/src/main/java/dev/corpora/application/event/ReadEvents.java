package dev.corpora.application.event;

import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.error.EventsForgotten;
import java.util.List;

/**
 * Reads the caller's organization's events after a place in the feed. Readers may. Without a place (0) the feed
 * starts at its oldest event kept; a place whose successors were removed is refused rather than skipped.
 */
public class ReadEvents {
    private final Outbox outbox;

    public ReadEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public EventFeedPage handle(long after, int limit, Actor actor) {
        actor.require(Role.READER, "read events");
        List<StoredEvent> page = outbox.after(actor.organization(), after, limit);
        // read after the page: what was removed by then includes all that was missing from it
        long forgottenThrough = outbox.forgottenThrough();
        if (after > 0 && after < forgottenThrough) {
            throw new EventsForgotten(after, forgottenThrough);
        }
        long next = page.isEmpty() ? after : page.get(page.size() - 1).position();
        return new EventFeedPage(page.stream().map(StoredEvent::message).toList(), next);
    }
}
