package dev.corpora.application.dataset;

import static dev.corpora.application.NewDatasets.aNewDataset;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.application.Actors;
import dev.corpora.application.DirectTransactions;
import dev.corpora.application.InMemoryOutbox;
import dev.corpora.application.PlainEventMessages;
import dev.corpora.application.event.EventMessage;
import dev.corpora.application.event.EventRecorder;
import dev.corpora.domain.dataset.DatasetEvent;
import dev.corpora.application.InMemoryDatasets;
import dev.corpora.domain.access.Actor;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.DatasetStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CompleteDeletionsTest {
    private static final Instant CREATED = Instant.parse("2026-11-28T18:06:44.123456Z");
    /** Nanosecond precision on purpose: PostgreSQL keeps microseconds, so the dataset must too. */
    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00.111222333Z");
    private static final BooleanSupplier KEEP_GOING = () -> false;

    private final InMemoryDatasets datasets = new InMemoryDatasets();
    private final DirectTransactions transactions = new DirectTransactions();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final CompleteDeletions completeDeletions = new CompleteDeletions(datasets, transactions,
            new EventRecorder(outbox, new PlainEventMessages()), Clock.fixed(NOW, ZoneOffset.UTC));

    private Dataset active(String name, Actor creator) {
        Dataset dataset = Dataset.create(aNewDataset().withName(name).build(), DatasetId.random(), creator, CREATED).dataset();
        datasets.add(dataset);
        return dataset;
    }

    private Dataset deleting(String name, Actor creator) {
        Dataset dataset = active(name, creator);
        Dataset deleting = dataset.markDeleting(creator, NOW).dataset();
        datasets.update(deleting);
        return deleting;
    }

    private Dataset deleting(String name) {
        return deleting(name, Actors.writer());
    }

    private List<Dataset> deleting(int count) {
        return IntStream.range(0, count).mapToObj(i -> deleting("dataset_" + i)).toList();
    }

    @Test
    void finishesEveryDeletionThatWasStarted() {
        Dataset first = deleting("first");
        Dataset second = deleting("second");

        completeDeletions.handle(KEEP_GOING);

        for (Dataset started : List.of(first, second)) {
            Dataset finished = datasets.get(started.id());
            assertThat(finished.status()).isEqualTo(DatasetStatus.DELETED);
            assertThat(finished.deletedAt()).isEqualTo(Instant.parse("2026-11-29T09:00:00.111222Z"));
            assertThat(finished.deletedBy()).isEqualTo("walter-writer");
            assertThat(finished.version()).isEqualTo(started.version() + 1);
        }
    }

    @Test
    void returnsHowManyItFinished() {
        deleting(3);

        assertThat(completeDeletions.handle(KEEP_GOING)).isEqualTo(3);
    }

    @Test
    void finishesEachDeletionOnce() {
        Dataset started = deleting("holiday_photos");
        completeDeletions.handle(KEEP_GOING);
        int updatesAfterFirstRun = datasets.updates();

        assertThat(completeDeletions.handle(KEEP_GOING)).isZero();
        assertThat(datasets.updates()).isEqualTo(updatesAfterFirstRun);
        assertThat(datasets.get(started.id()).version()).isEqualTo(started.version() + 1);
    }

    @Test
    void leavesOtherDatasetsAlone() {
        Dataset active = active("active_one", Actors.writer());
        Dataset alreadyDeleted = deleting("deleted_one");
        completeDeletions.handle(KEEP_GOING);
        Dataset deleted = datasets.get(alreadyDeleted.id());
        deleting("deleting_one");

        assertThat(completeDeletions.handle(KEEP_GOING)).isEqualTo(1);

        assertThat(datasets.get(active.id())).isEqualTo(active);
        assertThat(datasets.get(deleted.id())).isEqualTo(deleted);
    }

    @Test
    void finishesTheDeletionsOfEveryOrganization() {
        Dataset ours = deleting("holiday_photos", Actors.writer());
        Dataset theirs = deleting("holiday_photos", Actors.writerOf(Actors.GLOBEX));

        assertThat(completeDeletions.handle(KEEP_GOING)).isEqualTo(2);

        assertThat(datasets.get(ours.id()).status()).isEqualTo(DatasetStatus.DELETED);
        assertThat(datasets.get(theirs.id()).status()).isEqualTo(DatasetStatus.DELETED);
    }

    @Test
    void withNothingToFinishFinishesNothing() {
        active("active_one", Actors.writer());

        assertThat(completeDeletions.handle(KEEP_GOING)).isZero();
        assertThat(datasets.updates()).isZero();
        assertThat(transactions.opened()).isEqualTo(1);
    }

    @Test
    void finishesMoreThanOneBatchEachInItsOwnTransaction() {
        List<Dataset> started = deleting(2 * CompleteDeletions.BATCH + 1);
        int updatesBefore = datasets.updates();

        assertThat(completeDeletions.handle(KEEP_GOING)).isEqualTo(2 * CompleteDeletions.BATCH + 1);

        assertThat(started).allSatisfy(d -> {
            assertThat(datasets.get(d.id()).status()).isEqualTo(DatasetStatus.DELETED);
            assertThat(datasets.get(d.id()).version()).isEqualTo(d.version() + 1);
        });
        assertThat(datasets.updates() - updatesBefore).isEqualTo(2 * CompleteDeletions.BATCH + 1);
        assertThat(transactions.opened()).isEqualTo(3);
    }

    @Test
    void exactlyOneFullBatchIsFollowedByAnEmptyLook() {
        deleting(CompleteDeletions.BATCH);

        assertThat(completeDeletions.handle(KEEP_GOING)).isEqualTo(CompleteDeletions.BATCH);
        assertThat(transactions.opened()).isEqualTo(2);
        assertThat(datasets.all()).allSatisfy(d -> assertThat(d.status()).isEqualTo(DatasetStatus.DELETED));
    }

    @Test
    void askedToStopItFinishesTheDatasetInHandAndStartsNoOther() {
        List<Dataset> started = deleting(5);
        int updatesBefore = datasets.updates();
        BooleanSupplier stopAfterTwo = () -> datasets.updates() - updatesBefore >= 2;

        assertThat(completeDeletions.handle(stopAfterTwo)).isEqualTo(2);

        assertThat(started).extracting(d -> datasets.get(d.id()).status()).containsOnly(DatasetStatus.DELETED,
                DatasetStatus.DELETING).filteredOn(status -> status == DatasetStatus.DELETED).hasSize(2);
        assertThat(datasets.updates() - updatesBefore).isEqualTo(2);
    }

    @Test
    void askedToStopWithinABatchItOpensNoFurtherBatch() {
        deleting(CompleteDeletions.BATCH + 1);
        int updatesBefore = datasets.updates();
        BooleanSupplier stopAfterABatch = () -> datasets.updates() - updatesBefore >= CompleteDeletions.BATCH;

        assertThat(completeDeletions.handle(stopAfterABatch)).isEqualTo(CompleteDeletions.BATCH);

        assertThat(transactions.opened()).isEqualTo(1);
        assertThat(datasets.all()).filteredOn(d -> d.status() == DatasetStatus.DELETING).hasSize(1);
    }

    @Test
    void askedToStopBeforeItBeganItTouchesNothing() {
        deleting(3);
        int updatesBefore = datasets.updates();

        assertThat(completeDeletions.handle(() -> true)).isZero();

        assertThat(transactions.opened()).isZero();
        assertThat(datasets.updates()).isEqualTo(updatesBefore);
    }

    @Test
    void whatItLeftWhenItStoppedTheNextRunFinishes() {
        List<Dataset> started = deleting(4);
        int updatesBefore = datasets.updates();
        completeDeletions.handle(() -> datasets.updates() - updatesBefore >= 1);

        assertThat(completeDeletions.handle(KEEP_GOING)).isEqualTo(3);

        assertThat(started).allSatisfy(d -> assertThat(datasets.get(d.id()).status())
                .isEqualTo(DatasetStatus.DELETED));
    }

    @Test
    void eachFinishedDeletionAnnouncesItselfInTheTransactionThatFinishesIt() {
        Dataset first = deleting("first");

        completeDeletions.handle(KEEP_GOING);

        assertThat(outbox.all()).extracting(EventMessage::subject).contains(first.id());
        assertThat(outbox.all()).extracting(EventMessage::type)
                .contains(PlainEventMessages.typeOf(DatasetEvent.Deleted.class));
    }
}
