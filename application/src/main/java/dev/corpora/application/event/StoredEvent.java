package dev.corpora.application.event;

/**
 * An event in the outbox with its place in the feed.
 *
 * @param position where it is in the feed: positions grow in the order events are committed, so a reader that
 *                 resumes after one misses nothing
 */
public record StoredEvent(long position, EventMessage message) {
}
