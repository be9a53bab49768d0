package dev.corpora.application.event;

import dev.corpora.domain.dataset.Transition;

/** Puts the events of a transition in the outbox; called inside the transaction that stores its state. */
public final class EventRecorder {
    private final Outbox outbox;
    private final EventMessages messages;

    public EventRecorder(Outbox outbox, EventMessages messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    public void record(Transition transition) {
        if (transition.changed()) {
            outbox.append(transition.events().stream().map(messages::of).toList());
        }
    }
}
