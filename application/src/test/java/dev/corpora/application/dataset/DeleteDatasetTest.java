package dev.corpora.application.dataset;

import static dev.corpora.application.ChangeRequests.aChangeRequest;
import static dev.corpora.application.NewDatasets.aNewDataset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.corpora.domain.error.DatasetNotFound;
import dev.corpora.domain.error.Forbidden;
import dev.corpora.domain.error.PreconditionFailed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeleteDatasetTest {
    private static final Instant CREATED = Instant.parse("2026-11-28T18:06:44.123456Z");
    private static final Instant FINISHED = Instant.parse("2026-11-29T09:00:00Z");

    private final InMemoryDatasets datasets = new InMemoryDatasets();
    private final DirectTransactions transactions = new DirectTransactions();
    private final List<Dataset> started = new ArrayList<>();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final DeleteDataset deleteDataset = new DeleteDataset(datasets, transactions,
            new EventRecorder(outbox, new PlainEventMessages()), started::add, Clock.fixed(FINISHED, ZoneOffset.UTC));

    private Dataset stored(String name, Actor creator) {
        Dataset dataset = Dataset.create(aNewDataset().withName(name).build(), DatasetId.random(), creator, CREATED).dataset();
        datasets.add(dataset);
        return dataset;
    }

    private Dataset stored(String name) {
        return stored(name, Actors.writer());
    }

    private Dataset delete(Dataset dataset) {
        return deleteDataset.handle(dataset.id(), ExpectedVersion.ANY, Actors.writer());
    }

    @Test
    void writerMarksTheDatasetDeleting() {
        Dataset dataset = stored("holiday_photos");

        Dataset deleting = delete(dataset);

        assertThat(deleting.status()).isEqualTo(DatasetStatus.DELETING);
        assertThat(deleting.deletedBy()).isEqualTo("walter-writer");
        assertThat(deleting.deletedAt()).isNull();
        assertThat(deleting.version()).isEqualTo(dataset.version() + 1);
        assertThat(datasets.get(dataset.id())).isEqualTo(deleting);
        assertThat(datasets.updates()).isEqualTo(1);
    }

    @Test
    void freesTheNameAtOnce() {
        Dataset dataset = stored("holiday_photos");

        delete(dataset);

        Dataset successor = stored("HOLIDAY_PHOTOS");
        assertThat(datasets.get(successor.id())).isEqualTo(successor);
    }

    @Test
    void deletingAgainAnswersTheSameStateAndStoresNothingMore() {
        Dataset dataset = stored("holiday_photos");
        Dataset first = delete(dataset);

        Dataset again = deleteDataset.handle(dataset.id(), ExpectedVersion.ANY, Actors.admin());

        assertThat(again).isEqualTo(first);
        assertThat(again.deletedBy()).isEqualTo("walter-writer");
        assertThat(datasets.updates()).isEqualTo(1);
    }

    @Test
    void tellsOfEachStartOnceAndNotOfARepeatedDelete() {
        Dataset dataset = stored("holiday_photos");
        Dataset first = delete(dataset);

        delete(dataset);

        assertThat(started).containsExactly(first);
    }

    @Test
    void deletingAgainWithTheCurrentVersionAnswersTheSameState() {
        Dataset dataset = stored("holiday_photos");
        Dataset first = delete(dataset);

        assertThat(deleteDataset.handle(dataset.id(), new ExpectedVersion(first.version()), Actors.writer()))
                .isEqualTo(first);
    }

    @Test
    void inactiveDatasetIsDeletedToo() {
        Dataset dataset = stored("holiday_photos");
        Dataset inactive = dataset.update(aChangeRequest().withStatus(DatasetStatus.INACTIVE).build(), Actors.writer(),
                FINISHED).dataset();
        datasets.update(inactive);

        assertThat(delete(inactive).status()).isEqualTo(DatasetStatus.DELETING);
    }

    @Test
    void deletedDatasetIsNotFound() {
        Dataset dataset = stored("holiday_photos");
        Dataset deleting = delete(dataset);
        datasets.update(deleting.completeDeletion(FINISHED).dataset());
        int updatesBefore = datasets.updates();

        assertThatThrownBy(() -> delete(dataset))
                .isInstanceOf(DatasetNotFound.class)
                .hasMessage("Dataset " + dataset.id() + " not found");
        assertThat(datasets.get(dataset.id()).status()).isEqualTo(DatasetStatus.DELETED);
        assertThat(datasets.updates()).isEqualTo(updatesBefore);
    }

    @Test
    void mismatchedVersionFailsThePreconditionAndNothingIsStored() {
        Dataset dataset = stored("holiday_photos");

        assertThatThrownBy(() -> deleteDataset.handle(dataset.id(), new ExpectedVersion(dataset.version() + 1),
                Actors.writer()))
                .isInstanceOf(PreconditionFailed.class);
        assertThat(datasets.get(dataset.id())).isEqualTo(dataset);
        assertThat(datasets.updates()).isZero();
    }

    @Test
    void matchingVersionDeletes() {
        Dataset dataset = stored("holiday_photos");

        assertThat(deleteDataset.handle(dataset.id(), new ExpectedVersion(dataset.version()), Actors.writer())
                .status()).isEqualTo(DatasetStatus.DELETING);
    }

    @Test
    void readerIsForbiddenAndNothingIsStored() {
        Dataset dataset = stored("holiday_photos");

        assertThatThrownBy(() -> deleteDataset.handle(dataset.id(), ExpectedVersion.ANY, Actors.reader()))
                .isInstanceOf(Forbidden.class);
        assertThat(datasets.get(dataset.id())).isEqualTo(dataset);
        assertThat(transactions.opened()).isZero();
    }

    @Test
    void anotherOrganizationsDatasetIsNotFound() {
        Dataset elsewhere = stored("holiday_photos", Actors.writerOf(Actors.GLOBEX));

        assertThatThrownBy(() -> delete(elsewhere)).isInstanceOf(DatasetNotFound.class);
        assertThat(datasets.get(elsewhere.id())).isEqualTo(elsewhere);
    }

    @Test
    void unknownDatasetIsNotFound() {
        assertThatThrownBy(() -> deleteDataset.handle(DatasetId.random(), ExpectedVersion.ANY, Actors.writer()))
                .isInstanceOf(DatasetNotFound.class);
    }

    @Test
    void deletesInOneTransaction() {
        delete(stored("holiday_photos"));

        assertThat(transactions.opened()).isEqualTo(1);
    }

    @Test
    void theStartIsAnnouncedOnceWithItsTime() {
        Dataset dataset = stored("holiday_photos");

        delete(dataset);
        delete(dataset);

        assertThat(outbox.all()).extracting(EventMessage::type, EventMessage::time).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PlainEventMessages.typeOf(DatasetEvent.DeletionStarted.class),
                        FINISHED));
    }
}
