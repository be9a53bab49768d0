package dev.corpora.application.dataset;

import static dev.corpora.application.NewDatasets.aNewDataset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpora.application.Actors;
import dev.corpora.application.InMemoryDatasets;
import dev.corpora.domain.access.Actor;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.error.DatasetNotFound;
import dev.corpora.domain.error.Forbidden;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GetDatasetTest {
    private static final Instant CREATED = Instant.parse("2026-11-28T18:06:44.123456Z");
    private static final Instant DELETED = Instant.parse("2026-11-29T09:00:00Z");

    private final InMemoryDatasets datasets = new InMemoryDatasets();
    private final GetDataset getDataset = new GetDataset(datasets);

    private Dataset stored(String name, Actor creator) {
        Dataset dataset = Dataset.create(aNewDataset().withName(name).build(), DatasetId.random(), creator, CREATED).dataset();
        datasets.add(dataset);
        return dataset;
    }

    private Dataset storedWithStatus(String name, DatasetStatus status) {
        Dataset d = Dataset.create(aNewDataset().withName(name).build(), DatasetId.random(), Actors.writer(),
                CREATED).dataset();
        boolean deleted = status == DatasetStatus.DELETED;
        Dataset inStatus = new Dataset(d.id(), d.organization(), d.name(), d.description(), status, d.encoder(),
                d.allowedAssetTypes(), d.keyframeSampling(), d.storeOriginal(), d.storePreview(),
                d.metadataFieldsToIndex(), d.metadataFieldsToEmbed(), d.config(), d.addToPermit(),
                d.newVideoDataModel(), d.createdAt(), d.createdBy(), DELETED, "walter-writer",
                deleted ? DELETED : null, status == DatasetStatus.ACTIVE ? null : "walter-writer", d.version() + 1);
        datasets.add(inStatus);
        return inStatus;
    }

    @Test
    void readerGetsItsOrganizationsDataset() {
        Dataset dataset = stored("holiday_photos", Actors.writer());

        assertThat(getDataset.handle(dataset.id(), false, Actors.reader())).isEqualTo(dataset);
    }

    @Test
    void anotherOrganizationsDatasetIsNotFound() {
        Dataset elsewhere = stored("holiday_photos", Actors.writerOf(Actors.GLOBEX));

        assertThatThrownBy(() -> getDataset.handle(elsewhere.id(), false, Actors.reader()))
                .isInstanceOf(DatasetNotFound.class);
        assertThatThrownBy(() -> getDataset.handle(elsewhere.id(), true, Actors.admin()))
                .isInstanceOf(DatasetNotFound.class);
    }

    @Test
    void anotherOrganizationsDatasetReadsExactlyLikeAnUnknownId() {
        Dataset elsewhere = stored("holiday_photos", Actors.writerOf(Actors.GLOBEX));
        DatasetId unknown = DatasetId.random();

        assertThatThrownBy(() -> getDataset.handle(elsewhere.id(), false, Actors.reader()))
                .isInstanceOf(DatasetNotFound.class)
                .hasMessage("Dataset " + elsewhere.id() + " not found");
        assertThatThrownBy(() -> getDataset.handle(unknown, false, Actors.reader()))
                .isInstanceOf(DatasetNotFound.class)
                .hasMessage("Dataset " + unknown + " not found");
    }

    @Test
    void deletedDatasetIsNotFoundByDefault() {
        Dataset deleted = storedWithStatus("old_photos", DatasetStatus.DELETED);

        assertThatThrownBy(() -> getDataset.handle(deleted.id(), false, Actors.reader()))
                .isInstanceOf(DatasetNotFound.class);
    }

    @Test
    void deletedDatasetIsFoundWhenDeletedOnesAreIncluded() {
        Dataset deleted = storedWithStatus("old_photos", DatasetStatus.DELETED);

        assertThat(getDataset.handle(deleted.id(), true, Actors.reader()).status()).isEqualTo(DatasetStatus.DELETED);
    }

    @Test
    void datasetBeingDeletedIsStillFound() {
        Dataset deleting = storedWithStatus("old_photos", DatasetStatus.DELETING);

        assertThat(getDataset.handle(deleting.id(), false, Actors.reader()).status())
                .isEqualTo(DatasetStatus.DELETING);
    }

    @Test
    void actorWithoutRolesIsForbidden() {
        Dataset dataset = stored("holiday_photos", Actors.writer());

        assertThatThrownBy(() -> getDataset.handle(dataset.id(), false, Actors.nobody()))
                .isInstanceOf(Forbidden.class);
    }
}
