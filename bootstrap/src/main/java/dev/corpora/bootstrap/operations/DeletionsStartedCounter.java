package dev.corpora.bootstrap.operations;

import dev.corpora.application.dataset.DeletionsStarted;
import dev.corpora.domain.dataset.Dataset;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/**
 * Counts started deletions as the use case reports them: a DELETE answered 200 may be a repeat on a dataset
 * being deleted already, which the answer alone cannot tell from a start.
 */
@Singleton
final class DeletionsStartedCounter implements DeletionsStarted {
    private final Counter started;

    DeletionsStartedCounter(MeterRegistry registry) {
        started = registry.counter("corpora.datasets.deletions.started");
    }

    @Override
    public void record(Dataset deleting) {
        started.increment();
    }
}
