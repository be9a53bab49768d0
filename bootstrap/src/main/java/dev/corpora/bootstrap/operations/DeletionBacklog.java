package dev.corpora.bootstrap.operations;

import dev.corpora.domain.dataset.Datasets;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/**
 * The gauge of datasets being deleted that the worker has not finished yet, counted in the database at each
 * scrape: every instance reports the same backlog, the one the shared database holds.
 */
@Singleton
final class DeletionBacklog implements MeterBinder {
    /** Looked up at the first scrape: the data source this needs itself waits for the registry this binds to. */
    private final Provider<Datasets> datasets;

    DeletionBacklog(Provider<Datasets> datasets) {
        this.datasets = datasets;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("corpora.datasets.deletion.backlog", datasets, provider -> provider.get().countDeleting())
                .description("datasets in status deleting, in every organization")
                .register(registry);
    }
}
