package dev.corpora.application.dataset;

import dev.corpora.application.event.EventRecorder;
import dev.corpora.application.transaction.Transactions;
import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.Datasets;
import dev.corpora.domain.dataset.Transition;
import dev.corpora.domain.error.ValidationFailed;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Changes some fields of a dataset of the caller's organization. Writers may. */
public class UpdateDataset {
    private final Datasets datasets;
    private final Transactions transactions;
    private final EventRecorder events;
    private final Clock clock;

    public UpdateDataset(Datasets datasets, Transactions transactions, EventRecorder events, Clock clock) {
        this.datasets = datasets;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    public Dataset handle(UpdateDatasetCommand command, Actor actor) {
        actor.require(Role.WRITER, "update datasets");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return transactions.inTransaction(() -> {
            Dataset current = LockedDataset.of(datasets, command.id(), actor);
            command.expected().check(current);
            Transition update = current.update(command.changes(), actor, now);
            if (command.malformed()) {
                throw ValidationFailed.malformedInput();
            }
            if (update.changed()) {
                events.record(update);
                datasets.update(update.dataset());
            }
            return update.dataset();
        });
    }
}
