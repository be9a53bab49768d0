package dev.corpora.application.dataset;

import dev.corpora.application.event.EventRecorder;
import dev.corpora.application.transaction.Transactions;
import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.Datasets;
import dev.corpora.domain.dataset.Transition;
import dev.corpora.domain.error.ValidationFailed;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Creates a dataset in the caller's organization, and its events in the same transaction. Writers may; only
 * admins may choose its id.
 */
public class CreateDataset {
    private final Datasets datasets;
    private final Transactions transactions;
    private final EventRecorder events;
    private final Clock clock;

    public CreateDataset(Datasets datasets, Transactions transactions, EventRecorder events, Clock clock) {
        this.datasets = datasets;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    public Dataset handle(CreateDatasetCommand command, Actor actor) {
        actor.require(Role.WRITER, "create datasets");
        if (command.requestedId() != null) {
            actor.require(Role.ADMIN, "choose a dataset_id");
        }
        DatasetId id = command.requestedId() == null ? DatasetId.random() : new DatasetId(command.requestedId());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Transition creation = Dataset.create(command.dataset(), id, actor, now);
        if (command.malformed()) {
            throw ValidationFailed.malformedInput();
        }
        return transactions.inTransaction(() -> {
            // the events first: the dataset's write takes the organization's counter row lock (dataset_counts),
            // and every create of the organization waits for it until this commits
            events.record(creation);
            datasets.add(creation.dataset());
            return creation.dataset();
        });
    }
}
