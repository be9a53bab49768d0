package dev.corpora.application;

import dev.corpora.application.event.EventMessage;
import dev.corpora.application.event.Outbox;
import dev.corpora.application.event.OutboxBacklog;
import dev.corpora.application.event.StoredEvent;
import dev.corpora.domain.access.OrganizationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The outbox in memory, for one thread: what is appended is committed at once, and the relay is always free.
 * {@code OutboxContract} runs against it too.
 */
public final class InMemoryOutbox implements Outbox {
    private final List<EventMessage> appended = new ArrayList<>();
    private final List<StoredEvent> sequenced = new ArrayList<>();
    private final Set<java.util.UUID> sent = new HashSet<>();
    private final Set<java.util.UUID> placed = new HashSet<>();
    private long lastPosition;
    private long forgottenThrough;

    @Override
    public synchronized void append(List<EventMessage> events) {
        appended.addAll(events);
    }

    @Override
    public boolean takeRelay() {
        return true;
    }

    @Override
    public synchronized int sequence(int max) {
        List<EventMessage> waiting = unsequenced();
        List<EventMessage> batch = List.copyOf(waiting.subList(0, Math.min(max, waiting.size())));
        batch.forEach(message -> {
            sequenced.add(new StoredEvent(++lastPosition, message));
            placed.add(message.id());
        });
        return batch.size();
    }

    @Override
    public synchronized List<StoredEvent> unsent(int max) {
        return sequenced.stream().filter(event -> !sent.contains(event.message().id())).limit(max).toList();
    }

    @Override
    public synchronized void markSent(List<StoredEvent> events) {
        events.forEach(event -> sent.add(event.message().id()));
    }

    @Override
    public synchronized List<StoredEvent> after(OrganizationId organization, long position, int limit) {
        return sequenced.stream().filter(event -> event.position() > position)
                .filter(event -> event.message().organization().equals(organization)).limit(limit).toList();
    }

    @Override
    public synchronized OutboxBacklog backlog(boolean toABroker) {
        List<EventMessage> waiting = unsequenced();
        List<EventMessage> unsent = !toABroker ? List.of() : sequenced.stream().map(StoredEvent::message)
                .filter(message -> !sent.contains(message.id())).toList();
        return new OutboxBacklog(waiting.size(), unsent.size(), oldest(waiting), oldest(unsent));
    }

    @Override
    public synchronized int forget(Instant before, boolean keepUnsent, int max) {
        List<StoredEvent> old = sequenced.stream().filter(event -> event.message().time().isBefore(before))
                .filter(event -> !keepUnsent || sent.contains(event.message().id())).limit(max).toList();
        sequenced.removeAll(old);
        old.forEach(event -> forgottenThrough = Math.max(forgottenThrough, event.position()));
        return old.size();
    }

    @Override
    public synchronized long forgottenThrough() {
        return forgottenThrough;
    }

    /** Every event appended, in order, whatever became of it. */
    public synchronized List<EventMessage> all() {
        return List.copyOf(appended);
    }

    private List<EventMessage> unsequenced() {
        return appended.stream().filter(message -> !placed.contains(message.id())).toList();
    }

    private static Instant oldest(List<EventMessage> messages) {
        return messages.stream().map(EventMessage::time).min(Comparator.naturalOrder()).orElse(null);
    }
}
