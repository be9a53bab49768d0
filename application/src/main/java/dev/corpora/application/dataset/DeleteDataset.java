package dev.corpora.application.dataset;

import dev.corpora.application.event.EventRecorder;
import dev.corpora.application.transaction.Transactions;
import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.Datasets;
import dev.corpora.domain.dataset.Transition;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Starts deleting a dataset of the caller's organization: it is {@code deleting} and its name free at once;
 * {@link CompleteDeletions} finishes. Deleting again while it is deleting answers the same state.
 */
public class DeleteDataset {
    private final Datasets datasets;
    private final Transactions transactions;
    private final EventRecorder events;
    private final DeletionsStarted deletionsStarted;
    private final Clock clock;

    public DeleteDataset(Datasets datasets, Transactions transactions, EventRecorder events,
                         DeletionsStarted deletionsStarted, Clock clock) {
        this.datasets = datasets;
        this.transactions = transactions;
        this.events = events;
        this.deletionsStarted = deletionsStarted;
        this.clock = clock;
    }

    public Dataset handle(DatasetId id, ExpectedVersion expected, Actor actor) {
        actor.require(Role.WRITER, "delete datasets");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Transition marking = transactions.inTransaction(() -> {
            Dataset current = LockedDataset.of(datasets, id, actor);
            expected.check(current);
            Transition deleting = current.markDeleting(actor, now);
            if (deleting.changed()) {
                // the events first, as in CreateDataset: the change of status takes the counter row's lock
                events.record(deleting);
                datasets.update(deleting.dataset());
            }
            return deleting;
        });
        if (marking.changed()) {
            deletionsStarted.record(marking.dataset());
        }
        return marking.dataset();
    }
}
