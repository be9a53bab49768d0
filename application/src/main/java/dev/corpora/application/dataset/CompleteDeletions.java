package dev.corpora.application.dataset;

import dev.corpora.application.transaction.Transactions;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.Datasets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Finishes the deletions that were started, in batches. Each batch is claimed and finished in one
 * transaction, so a dataset is finished exactly once however many workers run, and a worker that dies
 * mid-batch leaves its claims to the next run.
 */
public final class CompleteDeletions {
    static final int BATCH = 100;

    private final Datasets datasets;
    private final Transactions transactions;
    private final Clock clock;

    public CompleteDeletions(Datasets datasets, Transactions transactions, Clock clock) {
        this.datasets = datasets;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many deletions were finished */
    public int handle() {
        int finished = 0;
        int batch;
        do {
            batch = transactions.inTransaction(this::finishOneBatch);
            finished += batch;
        } while (batch == BATCH);
        return finished;
    }

    private int finishOneBatch() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Dataset> claimed = datasets.claimDeleting(BATCH);
        for (Dataset dataset : claimed) {
            datasets.update(dataset.completeDeletion(now));
        }
        return claimed.size();
    }
}
