package dev.corpora.application.dataset;

import dev.corpora.application.event.EventRecorder;
import dev.corpora.application.transaction.Transactions;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.Datasets;
import dev.corpora.domain.dataset.Transition;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;

/**
 * Finishes the deletions that were started, in batches. Each batch is claimed and finished in one
 * transaction, so a dataset is finished exactly once however many workers run, and a worker that dies
 * mid-batch leaves its claims to the next run. Asked to stop, it stops between datasets: the one in hand is
 * finished, the next is not started, and the batch's transaction keeps what was finished and releases the rest.
 */
public final class CompleteDeletions {
    static final int BATCH = 100;

    private final Datasets datasets;
    private final Transactions transactions;
    private final EventRecorder events;
    private final Clock clock;

    public CompleteDeletions(Datasets datasets, Transactions transactions, EventRecorder events, Clock clock) {
        this.datasets = datasets;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param stopRequested asked before each dataset; once it says {@code true}, no further dataset is started
     * @return how many deletions were finished
     */
    public int handle(BooleanSupplier stopRequested) {
        int finished = 0;
        int batch = BATCH;
        while (batch == BATCH && !stopRequested.getAsBoolean()) {
            batch = transactions.inTransaction(() -> finishOneBatch(stopRequested));
            finished += batch;
        }
        return finished;
    }

    private int finishOneBatch(BooleanSupplier stopRequested) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int finished = 0;
        for (Dataset dataset : datasets.claimDeleting(BATCH)) {
            if (stopRequested.getAsBoolean()) {
                break;
            }
            Transition deleted = dataset.completeDeletion(now);
            events.record(deleted);
            datasets.update(deleted.dataset());
            finished++;
        }
        return finished;
    }
}
