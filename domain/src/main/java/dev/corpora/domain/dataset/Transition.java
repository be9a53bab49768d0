package dev.corpora.domain.dataset;

import java.util.List;
import java.util.Objects;

/**
 * What a behaviour of {@link Dataset} did: the dataset's next state and the events it raised, in the order they
 * happened. A behaviour that changed nothing returns the same dataset and no events.
 */
public record Transition(Dataset dataset, List<DatasetEvent> events) {
    public Transition {
        Objects.requireNonNull(dataset, "dataset");
        events = List.copyOf(events);
    }

    static Transition unchanged(Dataset dataset) {
        return new Transition(dataset, List.of());
    }

    /** Whether there is a new state to store. */
    public boolean changed() {
        return !events.isEmpty();
    }
}
