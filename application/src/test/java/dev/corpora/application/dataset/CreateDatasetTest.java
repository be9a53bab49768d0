package dev.corpora.application.dataset;

import static dev.corpora.application.NewDatasets.aNewDataset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.corpora.application.Actors;
import dev.corpora.application.DirectTransactions;
import dev.corpora.application.InMemoryDatasets;
import dev.corpora.application.InMemoryOutbox;
import dev.corpora.application.PlainEventMessages;
import dev.corpora.application.event.EventMessage;
import dev.corpora.application.event.EventRecorder;
import dev.corpora.domain.dataset.DatasetEvent;
import dev.corpora.application.NewDatasets;
import dev.corpora.domain.dataset.AssetType;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.error.DatasetNameTaken;
import dev.corpora.domain.error.Forbidden;
import dev.corpora.domain.error.Key;
import dev.corpora.domain.error.ValidationFailed;
import dev.corpora.domain.error.Violation;
import dev.corpora.domain.error.ViolationKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreateDatasetTest {
    /** Nanosecond precision on purpose: PostgreSQL keeps microseconds, so the dataset must too. */
    private static final Instant NOW = Instant.parse("2026-11-28T18:06:44.123456789Z");
    private static final UUID MIGRATED_ID = UUID.fromString("0b9f3c57-6a1e-4f4b-8f0d-3c2a1b4e5d6f");

    private final InMemoryDatasets datasets = new InMemoryDatasets();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final DirectTransactions transactions = new DirectTransactions();
    private final CreateDataset createDataset = new CreateDataset(datasets, transactions,
            new EventRecorder(outbox, new PlainEventMessages()), Clock.fixed(NOW, ZoneOffset.UTC));

    private static CreateDatasetCommand command(NewDatasets input) {
        return new CreateDatasetCommand(input.build(), null);
    }

    private static CreateDatasetCommand commandWithId(NewDatasets input, UUID id) {
        return new CreateDatasetCommand(input.build(), id);
    }

    /** What the REST adapter sends when parts of the request were malformed and left out of {@code input}. */
    private static CreateDatasetCommand malformedCommand(NewDatasets input) {
        return new CreateDatasetCommand(input.build(), null, true);
    }

    @Test
    void writerCreatesAnActiveDatasetInItsOrganization() {
        Dataset created = createDataset.handle(command(aNewDataset()), Actors.writer());

        assertThat(created.status()).isEqualTo(DatasetStatus.ACTIVE);
        assertThat(created.organization()).isEqualTo(Actors.ACME);
        assertThat(created.createdBy()).isEqualTo("walter-writer");
        assertThat(datasets.all()).containsExactly(created);
    }

    @Test
    void readerIsForbiddenAndNothingIsStored() {
        assertThatThrownBy(() -> createDataset.handle(command(aNewDataset()), Actors.reader()))
                .isInstanceOf(Forbidden.class);
        assertThat(datasets.all()).isEmpty();
    }

    @Test
    void actorWithoutRolesIsForbidden() {
        assertThatThrownBy(() -> createDataset.handle(command(aNewDataset()), Actors.nobody()))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void writerChoosingTheIdIsForbiddenAndNothingIsStored() {
        assertThatThrownBy(() -> createDataset.handle(commandWithId(aNewDataset(), MIGRATED_ID), Actors.writer()))
                .isInstanceOf(Forbidden.class)
                .hasMessageContaining("dataset_id");
        assertThat(datasets.all()).isEmpty();
    }

    @Test
    void adminGetsTheIdItChose() {
        Dataset created = createDataset.handle(commandWithId(aNewDataset(), MIGRATED_ID), Actors.admin());

        assertThat(created.id().value()).isEqualTo(MIGRATED_ID);
        assertThat(datasets.all()).extracting(d -> d.id().value()).containsExactly(MIGRATED_ID);
    }

    @Test
    void withoutAChosenIdEachDatasetGetsANewOne() {
        Dataset first = createDataset.handle(command(aNewDataset().withName("first")), Actors.admin());
        Dataset second = createDataset.handle(command(aNewDataset().withName("second")), Actors.admin());

        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void timestampsAreTruncatedToMicroseconds() {
        Dataset created = createDataset.handle(command(aNewDataset()), Actors.writer());

        Instant micros = Instant.parse("2026-11-28T18:06:44.123456Z");
        assertThat(created.createdAt()).isEqualTo(micros);
        assertThat(created.updatedAt()).isEqualTo(micros);
    }

    @Test
    void validatesBeforeStoringAnything() {
        assertThatThrownBy(() -> createDataset.handle(command(aNewDataset().withName("bad-name")), Actors.writer()))
                .isInstanceOf(ValidationFailed.class);
        assertThat(datasets.all()).isEmpty();
    }

    @Test
    void malformedCreateStoresNothingAndFailsWithoutViolationsOfItsOwn() {
        assertThatThrownBy(() -> createDataset.handle(malformedCommand(aNewDataset()), Actors.writer()))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        failed -> assertThat(failed.violations()).isEmpty());
        assertThat(datasets.all()).isEmpty();
    }

    @Test
    void malformedCreateStillReportsTheBusinessRulesTheRestBreaks() {
        NewDatasets configDisagrees = aNewDataset().withAllowedAssetTypes(AssetType.IMAGE)
                .withDatasetConfig(NewDatasets.sameConfig());

        assertThatThrownBy(() -> createDataset.handle(malformedCommand(configDisagrees), Actors.writer()))
                .isInstanceOfSatisfying(ValidationFailed.class, failed -> assertThat(failed.violations())
                        .extracting(Violation::kind, Violation::path)
                        .containsExactly(tuple(ViolationKind.DISAGREES,
                                List.of("datasetConfig", "encoderName", new Key("video")))));
        assertThat(datasets.all()).isEmpty();
    }

    @Test
    void commandIsWellFormedUnlessSaidOtherwise() {
        assertThat(command(aNewDataset()).malformed()).isFalse();
    }

    @Test
    void checksTheRoleBeforeTheInput() {
        assertThatThrownBy(() -> createDataset.handle(command(aNewDataset().withName("bad-name")), Actors.reader()))
                .isInstanceOf(Forbidden.class);
    }


    @Test
    void letsTheNameConflictFromTheStorePass() {
        createDataset.handle(command(aNewDataset().withName("holiday_photos")), Actors.writer());

        assertThatThrownBy(() -> createDataset.handle(command(aNewDataset().withName("HOLIDAY_PHOTOS")),
                Actors.writer()))
                .isInstanceOf(DatasetNameTaken.class);
    }

    @Test
    void theDatasetAndItsEventsAreStoredInOneTransaction() {
        Dataset created = createDataset.handle(command(aNewDataset().withAddToPermit(true)), Actors.writer());

        assertThat(transactions.opened()).isEqualTo(1);
        assertThat(outbox.all()).extracting(EventMessage::type, EventMessage::subject).containsExactly(
                tuple(PlainEventMessages.typeOf(DatasetEvent.Created.class), created.id()),
                tuple(PlainEventMessages.typeOf(DatasetEvent.PermitResourceCreated.class), created.id()));
    }

    @Test
    void aDatasetNotAddedToPermitAnnouncesOnlyItsCreation() {
        createDataset.handle(command(aNewDataset().withAddToPermit(false)), Actors.writer());

        assertThat(outbox.all()).extracting(EventMessage::type)
                .containsExactly(PlainEventMessages.typeOf(DatasetEvent.Created.class));
    }

    @Test
    void aRejectedCreateStoresNoEvent() {
        assertThatThrownBy(() -> createDataset.handle(command(aNewDataset().withName("")), Actors.writer()))
                .isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> createDataset.handle(command(aNewDataset()), Actors.reader()))
                .isInstanceOf(Forbidden.class);

        assertThat(outbox.all()).isEmpty();
    }
}
