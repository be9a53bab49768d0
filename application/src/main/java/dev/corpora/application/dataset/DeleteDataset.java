package dev.corpora.application.dataset;

import dev.corpora.application.transaction.Transactions;
import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.Datasets;

/**
 * Starts deleting a dataset of the caller's organization: it is {@code deleting} and its name free at once;
 * {@link CompleteDeletions} finishes. Deleting again while it is deleting answers the same state.
 */
public class DeleteDataset {
    private final Datasets datasets;
    private final Transactions transactions;
    private final DeletionsStarted deletionsStarted;

    public DeleteDataset(Datasets datasets, Transactions transactions, DeletionsStarted deletionsStarted) {
        this.datasets = datasets;
        this.transactions = transactions;
        this.deletionsStarted = deletionsStarted;
    }

    public Dataset handle(DatasetId id, ExpectedVersion expected, Actor actor) {
        actor.require(Role.WRITER, "delete datasets");
        Marking marking = transactions.inTransaction(() -> {
            Dataset current = LockedDataset.of(datasets, id, actor);
            expected.check(current);
            Dataset deleting = current.markDeleting(actor);
            if (deleting != current) {
                datasets.update(deleting);
            }
            return new Marking(current, deleting);
        });
        if (marking.started()) {
            deletionsStarted.record(marking.after());
        }
        return marking.after();
    }

    private record Marking(Dataset before, Dataset after) {
        boolean started() {
            return after != before;
        }
    }
}
