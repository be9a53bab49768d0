package dev.corpora.application;

import static dev.corpora.application.ChangeRequests.aChangeRequest;
import static dev.corpora.application.NewDatasets.aNewDataset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.error.DatasetNameTaken;
import dev.corpora.domain.error.StateConflict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fake keeps the port's rules, so the use-case tests that rely on it mean something. */
class InMemoryDatasetsTest {
    private static final Instant CREATED = Instant.parse("2026-11-28T18:06:44.123456Z");
    private static final Instant LATER = Instant.parse("2026-11-29T09:00:00Z");

    private final InMemoryDatasets datasets = new InMemoryDatasets();

    private Dataset stored(String name) {
        Dataset dataset = Dataset.create(aNewDataset().withName(name).build(), DatasetId.random(), Actors.writer(),
                CREATED);
        datasets.add(dataset);
        return dataset;
    }

    private Dataset renamed(Dataset dataset, String name) {
        return dataset.update(aChangeRequest().withName(name).build(), Actors.writer(), LATER);
    }

    @Test
    void updateOfAStaleVersionConflicts() {
        Dataset dataset = stored("holiday_photos");
        Dataset first = renamed(dataset, "first");
        datasets.update(first, dataset.version());

        assertThatThrownBy(() -> datasets.update(renamed(dataset, "second"), dataset.version()))
                .isInstanceOf(StateConflict.class);
        assertThat(datasets.get(dataset.id())).isEqualTo(first);
    }

    @Test
    void updateOfAnUnknownDatasetConflicts() {
        Dataset neverStored = Dataset.create(aNewDataset().build(), DatasetId.random(), Actors.writer(), CREATED);

        assertThatThrownBy(() -> datasets.update(neverStored, neverStored.version()))
                .isInstanceOf(StateConflict.class);
    }

    @Test
    void updateToANameHeldByAnotherDatasetConflictsInAnyCase() {
        stored("winter_photos");
        Dataset dataset = stored("holiday_photos");

        assertThatThrownBy(() -> datasets.update(renamed(dataset, "Winter_Photos"), dataset.version()))
                .isInstanceOf(DatasetNameTaken.class);
        assertThat(datasets.get(dataset.id())).isEqualTo(dataset);
    }

    @Test
    void datasetBeingDeletedHoldsNoName() {
        Dataset old = stored("holiday_photos");
        datasets.update(old.markDeleting(Actors.writer()), old.version());

        Dataset successor = stored("holiday_photos");

        assertThat(datasets.get(successor.id()).status()).isEqualTo(DatasetStatus.ACTIVE);
    }

    @Test
    void claimsOnlyDatasetsBeingDeletedUpToTheMaximum() {
        stored("active_one");
        for (int i = 0; i < 3; i++) {
            Dataset dataset = stored("deleting_" + i);
            datasets.update(dataset.markDeleting(Actors.writer()), dataset.version());
        }

        assertThat(datasets.claimDeleting(2)).hasSize(2)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DatasetStatus.DELETING));
        assertThat(datasets.claimDeleting(10)).hasSize(3);
    }
}
