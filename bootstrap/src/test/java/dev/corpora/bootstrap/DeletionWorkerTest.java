package dev.corpora.bootstrap;

import static dev.corpora.application.NewDatasets.aNewDataset;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.application.Actors;
import dev.corpora.application.DirectTransactions;
import dev.corpora.application.InMemoryOutbox;
import dev.corpora.application.PlainEventMessages;
import dev.corpora.application.event.EventRecorder;
import dev.corpora.application.InMemoryDatasets;
import dev.corpora.application.dataset.CompleteDeletions;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.dataset.Datasets;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

class DeletionWorkerTest {
    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");

    private final InMemoryDatasets stored = new InMemoryDatasets();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void finishesTheStartedDeletions() {
        startDeletions(3);

        worker(stored).run();

        assertThat(count(DatasetStatus.DELETED)).isEqualTo(3);
        assertThat(completedCounter()).isEqualTo(3);
    }

    @Test
    void aRunInProgressWhenTheShutdownBeginsStopsAfterTheDatasetInHand() {
        startDeletions(5);
        DeletionWorker[] worker = new DeletionWorker[1];
        worker[0] = worker(tellingEachUpdate(stored, nth -> {
            if (nth == 2) {
                worker[0].shutdownGracefully();
            }
        }));

        worker[0].run();

        assertThat(count(DatasetStatus.DELETED)).isEqualTo(2);
        assertThat(count(DatasetStatus.DELETING)).isEqualTo(3);
        assertThat(completedCounter()).isEqualTo(2);
    }

    @Test
    void noRunStartsOnceTheShutdownBegan() {
        startDeletions(3);
        DeletionWorker worker = worker(stored);

        assertThat(worker.shutdownGracefully().toCompletableFuture()).isCompleted();
        worker.run();

        assertThat(count(DatasetStatus.DELETING)).isEqualTo(3);
        assertThat(completedCounter()).isZero();
    }

    private DeletionWorker worker(Datasets datasets) {
        return new DeletionWorker(new CompleteDeletions(datasets, new DirectTransactions(),
                new EventRecorder(new InMemoryOutbox(), new PlainEventMessages()), Clock.fixed(NOW, ZoneOffset.UTC)),
                registry);
    }

    private void startDeletions(int count) {
        for (int i = 0; i < count; i++) {
            Dataset dataset = Dataset.create(aNewDataset().withName("dataset_" + i).build(), DatasetId.random(),
                    Actors.writer(), NOW.minusSeconds(60)).dataset();
            stored.add(dataset);
            stored.update(dataset.markDeleting(Actors.writer(), NOW.minusSeconds(30)).dataset());
        }
    }

    /** The datasets, telling {@code afterUpdate} the count of each update once it is stored. */
    private static Datasets tellingEachUpdate(Datasets datasets, IntConsumer afterUpdate) {
        AtomicInteger updates = new AtomicInteger();
        return (Datasets) Proxy.newProxyInstance(Datasets.class.getClassLoader(), new Class<?>[] {Datasets.class},
                (proxy, method, arguments) -> {
                    Object result;
                    try {
                        result = method.invoke(datasets, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("update")) {
                        afterUpdate.accept(updates.incrementAndGet());
                    }
                    return result;
                });
    }

    private long count(DatasetStatus status) {
        return stored.all().stream().filter(d -> d.status() == status).count();
    }

    private double completedCounter() {
        return registry.counter("corpora.datasets.deletions.completed").count();
    }
}
