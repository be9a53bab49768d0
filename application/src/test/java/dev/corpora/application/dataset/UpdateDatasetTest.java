package dev.corpora.application.dataset;

import static dev.corpora.application.ChangeRequests.aChangeRequest;
import static dev.corpora.application.NewDatasets.aNewDataset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.corpora.application.Actors;
import dev.corpora.application.ChangeRequests;
import dev.corpora.application.DirectTransactions;
import dev.corpora.application.InMemoryOutbox;
import dev.corpora.application.PlainEventMessages;
import dev.corpora.application.event.EventMessage;
import dev.corpora.application.event.EventRecorder;
import dev.corpora.domain.dataset.DatasetEvent;
import dev.corpora.application.InMemoryDatasets;
import dev.corpora.application.NewDatasets;
import dev.corpora.domain.access.Actor;
import dev.corpora.domain.dataset.AssetType;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.error.DatasetNameTaken;
import dev.corpora.domain.error.DatasetNotFound;
import dev.corpora.domain.error.Forbidden;
import dev.corpora.domain.error.Key;
import dev.corpora.domain.error.PreconditionFailed;
import dev.corpora.domain.error.StateConflict;
import dev.corpora.domain.error.ValidationFailed;
import dev.corpora.domain.error.Violation;
import dev.corpora.domain.error.ViolationKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateDatasetTest {
    private static final Instant CREATED = Instant.parse("2026-11-28T18:06:44.123456Z");
    /** Nanosecond precision on purpose: PostgreSQL keeps microseconds, so the dataset must too. */
    private static final Instant NOW = Instant.parse("2026-11-29T09:30:00.987654321Z");

    private final InMemoryDatasets datasets = new InMemoryDatasets();
    private final DirectTransactions transactions = new DirectTransactions();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final UpdateDataset updateDataset = new UpdateDataset(datasets, transactions,
            new EventRecorder(outbox, new PlainEventMessages()), Clock.fixed(NOW, ZoneOffset.UTC));

    private Dataset stored(NewDatasets input, Actor creator) {
        Dataset dataset = Dataset.create(input.build(), DatasetId.random(), creator, CREATED).dataset();
        datasets.add(dataset);
        return dataset;
    }

    private Dataset stored(String name) {
        return stored(aNewDataset().withName(name), Actors.writer());
    }

    /** Stores a later state of a stored dataset, as another use case would have. */
    private Dataset storedNext(Dataset next) {
        datasets.update(next);
        return next;
    }

    private Dataset update(Dataset dataset, ChangeRequests changes, ExpectedVersion expected, Actor actor) {
        return updateDataset.handle(new UpdateDatasetCommand(dataset.id(), changes.build(), expected), actor);
    }

    private Dataset update(Dataset dataset, ChangeRequests changes) {
        return update(dataset, changes, ExpectedVersion.ANY, Actors.writer());
    }

    /** What the REST adapter sends when parts of the request were malformed and left out of {@code changes}. */
    private Dataset malformedUpdate(Dataset dataset, ChangeRequests changes) {
        return updateDataset.handle(new UpdateDatasetCommand(dataset.id(), changes.build(), ExpectedVersion.ANY,
                true), Actors.writer());
    }

    @Test
    void writerUpdatesAndTheNextStateIsStored() {
        Dataset dataset = stored("holiday_photos");

        Dataset updated = update(dataset, aChangeRequest().withName("winter_photos")
                .withStatus(DatasetStatus.INACTIVE));

        assertThat(updated.name().value()).isEqualTo("winter_photos");
        assertThat(updated.status()).isEqualTo(DatasetStatus.INACTIVE);
        assertThat(updated.version()).isEqualTo(dataset.version() + 1);
        assertThat(datasets.get(dataset.id())).isEqualTo(updated);
        assertThat(datasets.updates()).isEqualTo(1);
    }

    @Test
    void recordsWhoUpdatedAndWhenToTheMicrosecond() {
        Dataset dataset = stored("holiday_photos");

        Dataset updated = update(dataset, aChangeRequest().withDescription("Winter"));

        assertThat(updated.updatedBy()).isEqualTo("walter-writer");
        assertThat(updated.updatedAt()).isEqualTo(Instant.parse("2026-11-29T09:30:00.987654Z"));
        assertThat(updated.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void adminMayUpdateToo() {
        Dataset dataset = stored("holiday_photos");

        assertThat(update(dataset, aChangeRequest().withDescription("x"), ExpectedVersion.ANY, Actors.admin())
                .updatedBy()).isEqualTo("ada-admin");
    }

    @Test
    void readerIsForbiddenAndNothingIsStored() {
        Dataset dataset = stored("holiday_photos");

        assertThatThrownBy(() -> update(dataset, aChangeRequest().withName("renamed"), ExpectedVersion.ANY,
                Actors.reader()))
                .isInstanceOf(Forbidden.class);
        assertThat(datasets.get(dataset.id())).isEqualTo(dataset);
        assertThat(transactions.opened()).isZero();
    }

    @Test
    void actorWithoutRolesIsForbidden() {
        Dataset dataset = stored("holiday_photos");

        assertThatThrownBy(() -> update(dataset, aChangeRequest().withName("renamed"), ExpectedVersion.ANY,
                Actors.nobody()))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void anotherOrganizationsDatasetIsNotFound() {
        Dataset elsewhere = stored(aNewDataset(), Actors.writerOf(Actors.GLOBEX));

        assertThatThrownBy(() -> update(elsewhere, aChangeRequest().withName("renamed")))
                .isInstanceOf(DatasetNotFound.class)
                .hasMessage("Dataset " + elsewhere.id() + " not found");
        assertThat(datasets.get(elsewhere.id())).isEqualTo(elsewhere);
    }

    @Test
    void unknownDatasetIsNotFound() {
        DatasetId unknown = DatasetId.random();

        assertThatThrownBy(() -> updateDataset.handle(new UpdateDatasetCommand(unknown,
                aChangeRequest().withName("renamed").build(), ExpectedVersion.ANY), Actors.writer()))
                .isInstanceOf(DatasetNotFound.class);
    }

    @Test
    void deletedDatasetIsNotFound() {
        Dataset dataset = stored("holiday_photos");
        Dataset deleting = storedNext(dataset.markDeleting(Actors.writer(), NOW).dataset());
        Dataset gone = storedNext(deleting.completeDeletion(NOW).dataset());

        assertThatThrownBy(() -> update(gone, aChangeRequest().withName("renamed")))
                .isInstanceOf(DatasetNotFound.class);
        assertThat(datasets.get(gone.id())).isEqualTo(gone);
    }

    @Test
    void datasetBeingDeletedConflicts() {
        Dataset dataset = stored("holiday_photos");
        Dataset deleting = storedNext(dataset.markDeleting(Actors.writer(), NOW).dataset());
        int updatesBefore = datasets.updates();

        assertThatThrownBy(() -> update(deleting, aChangeRequest().withStatus(DatasetStatus.ACTIVE)))
                .isInstanceOf(StateConflict.class);
        assertThat(datasets.get(deleting.id()).status()).isEqualTo(DatasetStatus.DELETING);
        assertThat(datasets.updates()).isEqualTo(updatesBefore);
    }

    @Test
    void mismatchedVersionFailsThePreconditionAndNothingIsStored() {
        Dataset dataset = stored("holiday_photos");

        assertThatThrownBy(() -> update(dataset, aChangeRequest().withName("renamed"),
                new ExpectedVersion(dataset.version() + 1), Actors.writer()))
                .isInstanceOf(PreconditionFailed.class);
        assertThat(datasets.get(dataset.id())).isEqualTo(dataset);
        assertThat(datasets.updates()).isZero();
    }

    @Test
    void staleVersionFailsThePrecondition() {
        Dataset dataset = stored("holiday_photos");
        update(dataset, aChangeRequest().withDescription("first"));

        assertThatThrownBy(() -> update(dataset, aChangeRequest().withDescription("second"),
                new ExpectedVersion(dataset.version()), Actors.writer()))
                .isInstanceOf(PreconditionFailed.class);
        assertThat(datasets.get(dataset.id()).description().value()).isEqualTo("first");
    }

    @Test
    void tagThatIsNotOursFailsThePrecondition() {
        Dataset dataset = stored("holiday_photos");

        assertThatThrownBy(() -> update(dataset, aChangeRequest().withName("renamed"), new ExpectedVersion(-1L),
                Actors.writer()))
                .isInstanceOf(PreconditionFailed.class);
    }

    @Test
    void matchingVersionIsStored() {
        Dataset dataset = stored("holiday_photos");

        Dataset updated = update(dataset, aChangeRequest().withName("renamed"),
                new ExpectedVersion(dataset.version()), Actors.writer());

        assertThat(datasets.get(dataset.id())).isEqualTo(updated);
        assertThat(updated.name().value()).isEqualTo("renamed");
    }

    @Test
    void renameToATakenNameConflicts() {
        stored("winter_photos");
        Dataset dataset = stored("holiday_photos");

        assertThatThrownBy(() -> update(dataset, aChangeRequest().withName("WINTER_PHOTOS")))
                .isInstanceOf(DatasetNameTaken.class);
        assertThat(datasets.get(dataset.id())).isEqualTo(dataset);
    }

    @Test
    void renameToItsOwnNameInAnotherCaseIsNoConflict() {
        Dataset dataset = stored("holiday_photos");

        assertThat(update(dataset, aChangeRequest().withName("Holiday_Photos")).name().value())
                .isEqualTo("Holiday_Photos");
    }

    @Test
    void renameToANameFreedByADeletionIsNoConflict() {
        Dataset old = stored("winter_photos");
        storedNext(old.markDeleting(Actors.writer(), NOW).dataset());
        Dataset dataset = stored("holiday_photos");

        assertThat(update(dataset, aChangeRequest().withName("winter_photos")).name().value())
                .isEqualTo("winter_photos");
    }

    @Test
    void renameToANameUsedInAnotherOrganizationIsNoConflict() {
        stored(aNewDataset().withName("winter_photos"), Actors.writerOf(Actors.GLOBEX));
        Dataset dataset = stored("holiday_photos");

        assertThat(update(dataset, aChangeRequest().withName("winter_photos")).name().value())
                .isEqualTo("winter_photos");
    }

    @Test
    void emptyChangeStoresNothingAndAnswersTheDatasetAsItIs() {
        Dataset dataset = stored("holiday_photos");

        Dataset same = update(dataset, aChangeRequest(), new ExpectedVersion(dataset.version()), Actors.writer());

        assertThat(same).isEqualTo(dataset);
        assertThat(same.version()).isEqualTo(dataset.version());
        assertThat(datasets.updates()).isZero();
    }

    @Test
    void invalidChangesAreRejectedAndNothingIsStored() {
        Dataset dataset = stored("holiday_photos");

        assertThatThrownBy(() -> update(dataset, aChangeRequest().withName(null).withStatus(DatasetStatus.DELETED)))
                .isInstanceOfSatisfying(ValidationFailed.class, failed -> assertThat(failed.violations())
                        .extracting(Violation::kind, Violation::path)
                        .containsExactly(
                                tuple(ViolationKind.MISSING, List.of("name")),
                                tuple(ViolationKind.NOT_ONE_OF, List.of("status"))));
        assertThat(datasets.get(dataset.id())).isEqualTo(dataset);
        assertThat(datasets.updates()).isZero();
    }

    @Test
    void malformedUpdateStoresNothingAndFailsWithoutViolationsOfItsOwn() {
        Dataset dataset = stored("holiday_photos");

        assertThatThrownBy(() -> malformedUpdate(dataset, aChangeRequest().withName("renamed")))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        failed -> assertThat(failed.violations()).isEmpty());
        assertThat(datasets.get(dataset.id())).isEqualTo(dataset);
        assertThat(datasets.get(dataset.id()).version()).isEqualTo(dataset.version());
        assertThat(datasets.updates()).isZero();
    }

    /** Everything the client sent was malformed: the update is empty, yet it must not answer success. */
    @Test
    void malformedUpdateWithNothingElseSentStillFails() {
        Dataset dataset = stored("holiday_photos");

        assertThatThrownBy(() -> malformedUpdate(dataset, aChangeRequest()))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        failed -> assertThat(failed.violations()).isEmpty());
        assertThat(datasets.get(dataset.id()).version()).isEqualTo(dataset.version());
    }

    @Test
    void malformedUpdateStillReportsTheBusinessRulesTheRestBreaks() {
        Dataset imagesOnly = stored(aNewDataset().withAllowedAssetTypes(AssetType.IMAGE), Actors.writer());

        assertThatThrownBy(() -> malformedUpdate(imagesOnly, aChangeRequest().withName("renamed")
                .withDatasetConfig(NewDatasets.sameConfig())))
                .isInstanceOfSatisfying(ValidationFailed.class, failed -> assertThat(failed.violations())
                        .extracting(Violation::kind, Violation::path)
                        .containsExactly(tuple(ViolationKind.DISAGREES,
                                List.of("datasetConfig", "encoderName", new Key("video")))));
        assertThat(datasets.get(imagesOnly.id())).isEqualTo(imagesOnly);
        assertThat(datasets.get(imagesOnly.id()).version()).isEqualTo(imagesOnly.version());
        assertThat(datasets.updates()).isZero();
    }

    @Test
    void configThatDropsAnAssetTypeIsRejected() {
        Dataset dataset = stored("holiday_photos");

        assertThatThrownBy(() -> update(dataset, aChangeRequest()
                .withDatasetConfig(NewDatasets.configWithoutVideo())))
                .isInstanceOf(ValidationFailed.class);
        assertThat(datasets.get(dataset.id())).isEqualTo(dataset);
    }

    @Test
    void sentConfigReplacesTheStoredOne() {
        Dataset dataset = stored(aNewDataset().withFeatures(true, true), Actors.writer());

        Dataset updated = update(dataset, aChangeRequest().withDatasetConfig(NewDatasets.sameConfig()));

        assertThat(updated.config().celebrityDetectionEnabled()).isFalse();
        assertThat(datasets.get(dataset.id()).config().contextStudioEnabled()).isFalse();
    }

    @Test
    void updatesInOneTransaction() {
        Dataset dataset = stored("holiday_photos");

        update(dataset, aChangeRequest().withDescription("Winter"));

        assertThat(transactions.opened()).isEqualTo(1);
    }

    @Test
    void commandNeedsEveryPart() {
        Dataset dataset = stored("holiday_photos");

        assertThatThrownBy(() -> new UpdateDatasetCommand(dataset.id(), aChangeRequest().build(), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new UpdateDatasetCommand(null, aChangeRequest().build(), ExpectedVersion.ANY))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new UpdateDatasetCommand(dataset.id(), null, ExpectedVersion.ANY))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void commandIsWellFormedUnlessSaidOtherwise() {
        assertThat(new UpdateDatasetCommand(DatasetId.random(), aChangeRequest().build(), ExpectedVersion.ANY)
                .malformed()).isFalse();
    }

    @Test
    void aStoredChangeStoresItsUpdatedEventAndAnEmptyOneNone() {
        Dataset dataset = stored("Evented");

        Dataset updated = update(dataset, aChangeRequest().withDescription("new"));
        update(updated, aChangeRequest());

        assertThat(outbox.all()).extracting(EventMessage::type, EventMessage::body).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PlainEventMessages.typeOf(DatasetEvent.Updated.class),
                        PlainEventMessages.typeOf(DatasetEvent.Updated.class) + "@" + updated.version()));
    }
}
