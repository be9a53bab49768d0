package dev.corpora.application.event;

import java.util.List;

/**
 * A page of an organization's feed.
 *
 * @param next where to resume: the place of the last event on the page, or the one asked after when it is empty
 */
public record EventFeedPage(List<EventMessage> events, long next) {
    public EventFeedPage {
        events = List.copyOf(events);
    }
}
