package dev.corpora.application.dataset;

import static dev.corpora.application.ChangeRequests.aChangeRequest;
import static dev.corpora.application.NewDatasets.aNewDataset;
import static dev.corpora.domain.dataset.DatasetQueries.noFilters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpora.application.Actors;
import dev.corpora.domain.dataset.DatasetQueries;
import dev.corpora.application.InMemoryDatasets;
import dev.corpora.application.NewDatasets;
import dev.corpora.domain.access.Actor;
import dev.corpora.domain.dataset.AssetType;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.DatasetPage;
import dev.corpora.domain.dataset.DatasetQuery;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.dataset.KeyframeSamplingMethod;
import dev.corpora.domain.dataset.NamePattern;
import dev.corpora.domain.error.Forbidden;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListDatasetsTest {
    private static final Instant DAY_1 = Instant.parse("2026-11-01T12:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2026-11-02T12:00:00Z");
    private static final Instant DAY_3 = Instant.parse("2026-11-03T12:00:00Z");

    private final InMemoryDatasets datasets = new InMemoryDatasets();
    private final ListDatasets listDatasets = new ListDatasets(datasets);

    private Dataset stored(NewDatasets input, Instant createdAt, Actor creator) {
        Dataset dataset = Dataset.create(input.build(), DatasetId.random(), creator, createdAt).dataset();
        datasets.add(dataset);
        return dataset;
    }

    private Dataset stored(String name, Instant createdAt) {
        return stored(aNewDataset().withName(name), createdAt, Actors.writer());
    }

    private Dataset storedWithId(String name, Instant createdAt, String id) {
        Dataset dataset = Dataset.create(aNewDataset().withName(name).build(), new DatasetId(UUID.fromString(id)),
                Actors.writer(), createdAt).dataset();
        datasets.add(dataset);
        return dataset;
    }

    private Dataset deleting(Dataset dataset) {
        Dataset next = dataset.markDeleting(Actors.writer(), DAY_3).dataset();
        datasets.update(next);
        return next;
    }

    private Dataset deleted(Dataset dataset) {
        Dataset next = deleting(dataset).completeDeletion(DAY_3).dataset();
        datasets.update(next);
        return next;
    }

    private DatasetPage list(DatasetQueries filters) {
        return listDatasets.handle(filters.build(), Actors.reader());
    }

    @Test
    void readerListsItsOrganizationsDatasetsOldestFirst() {
        Dataset newer = stored("newer", DAY_2);
        Dataset older = stored("older", DAY_1);
        stored(aNewDataset().withName("theirs"), DAY_1, Actors.writerOf(Actors.GLOBEX));

        DatasetPage page = list(noFilters());

        assertThat(page.datasets()).containsExactly(older, newer);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void datasetsCreatedTogetherAreOrderedById() {
        Dataset high = storedWithId("high", DAY_1, "f0000000-0000-4000-8000-000000000000");
        Dataset low = storedWithId("low", DAY_1, "10000000-0000-4000-8000-000000000000");
        Dataset middle = storedWithId("middle", DAY_1, "80000000-0000-4000-8000-000000000000");

        assertThat(list(noFilters()).datasets()).containsExactly(low, middle, high);
    }

    @Test
    void actorWithoutRolesIsForbiddenBeforeAnythingIsRead() {
        assertThatThrownBy(() -> listDatasets.handle(DatasetQuery.everything(), Actors.nobody()))
                .isInstanceOf(Forbidden.class);
        assertThat(datasets.queries()).isEmpty();
    }

    @Test
    void filtersReachThePort() {
        UUID id = UUID.randomUUID();
        DatasetQueries filters = noFilters().withIds(id).withStatuses(DatasetStatus.INACTIVE)
                .withAssetTypes(AssetType.VIDEO).withNamePattern("photo*").withStoreOriginal(false)
                .includingDeleted(true).withSkip(5).withLimit(7);

        list(filters);

        assertThat(datasets.queries()).singleElement().satisfies(query -> {
            assertThat(query).isEqualTo(filters.build());
            assertThat(query.ids()).containsExactly(id);
            assertThat(query.statuses()).containsExactly(DatasetStatus.INACTIVE);
            assertThat(query.assetTypes()).containsExactly(AssetType.VIDEO);
            assertThat(query.namePattern()).isEqualTo(new NamePattern("photo*"));
            assertThat(query.storeOriginal()).isFalse();
            assertThat(query.includeDeleted()).isTrue();
            assertThat(query.skip()).isEqualTo(5);
            assertThat(query.limit()).isEqualTo(7);
        });
    }

    @Test
    void everythingReachesThePortAsTheFirstHundredWithoutDeleted() {
        listDatasets.handle(DatasetQuery.everything(), Actors.reader());

        assertThat(datasets.queries()).singleElement().satisfies(query -> {
            assertThat(query.skip()).isZero();
            assertThat(query.limit()).isEqualTo(100);
            assertThat(query.includeDeleted()).isFalse();
        });
    }


    @Test
    void leavesDeletedDatasetsOutUnlessIncluded() {
        Dataset active = stored("active_one", DAY_1);
        Dataset beingDeleted = deleting(stored("deleting_one", DAY_2));
        Dataset gone = deleted(stored("deleted_one", DAY_3));

        assertThat(list(noFilters()).datasets()).containsExactly(active, beingDeleted);
        assertThat(list(noFilters().includingDeleted(true)).datasets()).containsExactly(active, beingDeleted, gone);
    }

    @Test
    void askingForDeletedWithoutIncludingItFindsNone() {
        deleted(stored("deleted_one", DAY_1));

        assertThat(list(noFilters().withStatuses(DatasetStatus.DELETED)).datasets()).isEmpty();
    }

    @Test
    void filtersByStatus() {
        stored("active_one", DAY_1);
        Dataset inactive = stored("inactive_one", DAY_2);
        Dataset next = inactive.update(aChangeRequest()
                .withStatus(DatasetStatus.INACTIVE).build(), Actors.writer(), DAY_3).dataset();
        datasets.update(next);

        assertThat(list(noFilters().withStatuses(DatasetStatus.INACTIVE)).datasets()).containsExactly(next);
    }

    @Test
    void filtersByNamePatternCaseInsensitively() {
        Dataset holiday = stored("Holiday_Photos", DAY_1);
        stored("holidayXphotos", DAY_2);
        Dataset summer = stored("summer_photos_2026", DAY_3);

        assertThat(list(noFilters().withNamePattern("_PHOTOS")).datasets()).containsExactly(holiday, summer);
        assertThat(list(noFilters().withNamePattern("holiday*")).datasets()).hasSize(2);
        assertThat(list(noFilters().withNamePattern("holiday_*")).datasets()).containsExactly(holiday);
    }

    @Test
    void filtersByAnyOfTheAssetTypes() {
        Dataset images = stored(aNewDataset().withName("images").withAllowedAssetTypes(AssetType.IMAGE), DAY_1,
                Actors.writer());
        Dataset videos = stored(aNewDataset().withName("videos").withAllowedAssetTypes(AssetType.VIDEO), DAY_2,
                Actors.writer());
        Dataset both = stored("both", DAY_3);

        assertThat(list(noFilters().withAssetTypes(AssetType.VIDEO)).datasets()).containsExactly(videos, both);
        assertThat(list(noFilters().withAssetTypes(AssetType.IMAGE, AssetType.VIDEO)).datasets())
                .containsExactly(images, videos, both);
    }

    @Test
    void filtersBySettingsAndFeatures() {
        Dataset uniform = stored(aNewDataset().withName("uniform")
                .withKeyframeSamplingMethod(KeyframeSamplingMethod.UNIFORM).withStoreOriginal(false), DAY_1,
                Actors.writer());
        Dataset celebrities = stored(aNewDataset().withName("celebrities").withFeatures(true, false), DAY_2,
                Actors.writer());
        Dataset studio = stored(aNewDataset().withName("studio").withFeatures(false, true).withStorePreview(false),
                DAY_3, Actors.writer());

        assertThat(list(noFilters().withSamplingMethod(KeyframeSamplingMethod.UNIFORM)).datasets())
                .containsExactly(uniform);
        assertThat(list(noFilters().withSamplingMethod(KeyframeSamplingMethod.INTELLIGENT)).datasets())
                .containsExactly(celebrities, studio);
        assertThat(list(noFilters().withStoreOriginal(false)).datasets()).containsExactly(uniform);
        assertThat(list(noFilters().withStorePreview(false)).datasets()).containsExactly(studio);
        assertThat(list(noFilters().withCelebrityDetectionEnabled(true)).datasets()).containsExactly(celebrities);
        assertThat(list(noFilters().withContextStudioEnabled(true)).datasets()).containsExactly(studio);
        assertThat(list(noFilters().withContextStudioEnabled(false)).datasets()).containsExactly(uniform, celebrities);
        assertThat(list(noFilters().withNewVideoDataModel(false)).datasets()).isEmpty();
    }

    @Test
    void filtersByIds() {
        Dataset first = stored("first", DAY_1);
        stored("second", DAY_2);
        Dataset third = stored("third", DAY_3);

        assertThat(list(noFilters().withIds(third.id().value(), first.id().value())).datasets())
                .containsExactly(first, third);
    }

    @Test
    void filtersByCreationTimeStrictly() {
        stored("first", DAY_1);
        Dataset second = stored("second", DAY_2);
        stored("third", DAY_3);

        assertThat(list(noFilters().createdBetween(DAY_1, DAY_3)).datasets()).containsExactly(second);
    }

    @Test
    void pagesBySkipAndLimitWithTheTotalOfAllThatMatch() {
        for (int day = 1; day <= 5; day++) {
            stored("dataset_" + day, DAY_1.plusSeconds(day));
        }

        DatasetPage page = list(noFilters().withSkip(2).withLimit(2));

        assertThat(page.datasets()).extracting(d -> d.name().value()).containsExactly("dataset_3", "dataset_4");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.currentPage()).isEqualTo(2);
        assertThat(page.lastPage()).isEqualTo(3);
    }

    @Test
    void skippingPastTheEndGivesAnEmptyPageWithTheTotal() {
        stored("only", DAY_1);

        DatasetPage page = list(noFilters().withSkip(10));

        assertThat(page.datasets()).isEmpty();
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.lastPage()).isEqualTo(1);
    }

    @Test
    void emptyOrganizationHasOneEmptyPage() {
        DatasetPage page = list(noFilters());

        assertThat(page.datasets()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.currentPage()).isEqualTo(1);
        assertThat(page.lastPage()).isEqualTo(1);
    }
}
