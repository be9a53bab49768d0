package dev.corpora.domain.dataset;

import static dev.corpora.domain.dataset.DatasetQueries.noFilters;
import static dev.corpora.domain.dataset.DatasetStatus.ACTIVE;
import static dev.corpora.domain.dataset.DatasetStatus.DELETED;
import static dev.corpora.domain.dataset.DatasetStatus.DELETING;
import static dev.corpora.domain.dataset.DatasetStatus.INACTIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The filters of Get Datasets: every one optional, with the contract's defaults and bounds. */
class DatasetQueryTest {
    private static final UUID FIRST_ID = UUID.fromString("11111111-2222-4333-8444-555555555555");
    private static final UUID SECOND_ID = UUID.fromString("99999999-2222-4333-8444-555555555555");
    private static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2026-11-27T00:00:00Z");

    private static Set<UUID> idsOf(int count) {
        return IntStream.range(0, count).mapToObj(i -> new UUID(0, i)).collect(Collectors.toSet());
    }

    private static DatasetQuery withPaging(Set<UUID> ids, int skip, int limit) {
        return new DatasetQuery(ids, null, null, null, null, null, null, null, null, null, null, null, null, null,
                false, skip, limit);
    }

    @Nested
    class Defaults {
        @Test
        void everythingSkipsNothingAndShowsOneHundred() {
            DatasetQuery query = DatasetQuery.everything();

            assertThat(query.skip()).isZero();
            assertThat(query.limit()).isEqualTo(100);
        }

        @Test
        void everythingFiltersNothingAndLeavesDeletedOut() {
            DatasetQuery query = DatasetQuery.everything();

            assertThat(query.ids()).isEmpty();
            assertThat(query.statuses()).isEmpty();
            assertThat(query.assetTypes()).isEmpty();
            assertThat(query.samplingMethod()).isNull();
            assertThat(query.storeOriginal()).isNull();
            assertThat(query.storePreview()).isNull();
            assertThat(query.createdBefore()).isNull();
            assertThat(query.createdAfter()).isNull();
            assertThat(query.updatedBefore()).isNull();
            assertThat(query.updatedAfter()).isNull();
            assertThat(query.namePattern()).isNull();
            assertThat(query.newVideoDataModel()).isNull();
            assertThat(query.celebrityDetectionEnabled()).isNull();
            assertThat(query.contextStudioEnabled()).isNull();
            assertThat(query.includeDeleted()).isFalse();
        }

        @Test
        void nullSetsMeanNoFilterAsEmptyOnesDo() {
            DatasetQuery fromNulls = withPaging(null, 0, 100);
            DatasetQuery fromEmpties = new DatasetQuery(Set.of(), Set.of(), Set.of(), null, null, null, null, null,
                    null, null, null, null, null, null, false, 0, 100);

            assertThat(fromNulls.ids()).isEmpty();
            assertThat(fromNulls.statuses()).isEmpty();
            assertThat(fromNulls.assetTypes()).isEmpty();
            assertThat(fromNulls).isEqualTo(fromEmpties).isEqualTo(DatasetQuery.everything());
        }
    }

    @Nested
    class Filters {
        @Test
        void keepsEveryFilterGiven() {
            DatasetQuery query = noFilters().withIds(FIRST_ID, SECOND_ID).withStatuses(ACTIVE, INACTIVE)
                    .withAssetTypes(AssetType.VIDEO).withSamplingMethod(KeyframeSamplingMethod.UNIFORM)
                    .withStoreOriginal(false).withStorePreview(true).createdBetween(MONDAY, FRIDAY)
                    .updatedBetween(MONDAY, FRIDAY).withNamePattern("photo*").withNewVideoDataModel(true)
                    .withCelebrityDetectionEnabled(false).withContextStudioEnabled(true).includingDeleted(true)
                    .withSkip(20).withLimit(10).build();

            assertThat(query.ids()).containsExactlyInAnyOrder(FIRST_ID, SECOND_ID);
            assertThat(query.statuses()).containsExactlyInAnyOrder(ACTIVE, INACTIVE);
            assertThat(query.assetTypes()).containsExactly(AssetType.VIDEO);
            assertThat(query.samplingMethod()).isEqualTo(KeyframeSamplingMethod.UNIFORM);
            assertThat(query.storeOriginal()).isFalse();
            assertThat(query.storePreview()).isTrue();
            assertThat(query.createdAfter()).isEqualTo(MONDAY);
            assertThat(query.createdBefore()).isEqualTo(FRIDAY);
            assertThat(query.updatedAfter()).isEqualTo(MONDAY);
            assertThat(query.updatedBefore()).isEqualTo(FRIDAY);
            assertThat(query.namePattern()).isEqualTo(new NamePattern("photo*"));
            assertThat(query.newVideoDataModel()).isTrue();
            assertThat(query.celebrityDetectionEnabled()).isFalse();
            assertThat(query.contextStudioEnabled()).isTrue();
            assertThat(query.includeDeleted()).isTrue();
            assertThat(query.skip()).isEqualTo(20);
            assertThat(query.limit()).isEqualTo(10);
        }

        @Test
        void keepsItsOwnCopyOfTheSetsItWasGiven() {
            Set<UUID> ids = new HashSet<>(Set.of(FIRST_ID));
            Set<DatasetStatus> statuses = new HashSet<>(Set.of(ACTIVE));
            Set<AssetType> types = new HashSet<>(Set.of(AssetType.IMAGE));
            DatasetQuery query = new DatasetQuery(ids, statuses, types, null, null, null, null, null, null, null,
                    null, null, null, null, false, 0, 100);

            ids.add(SECOND_ID);
            statuses.add(DELETED);
            types.add(AssetType.VIDEO);

            assertThat(query.ids()).containsExactly(FIRST_ID);
            assertThat(query.statuses()).containsExactly(ACTIVE);
            assertThat(query.assetTypes()).containsExactly(AssetType.IMAGE);
        }

        @Test
        void acceptsEveryStatusIncludingDeleted() {
            assertThat(noFilters().withStatuses(ACTIVE, INACTIVE, DELETING, DELETED).build().statuses())
                    .containsExactlyInAnyOrder(ACTIVE, INACTIVE, DELETING, DELETED);
        }

        @Test
        void acceptsAnEmptyNamePattern() {
            assertThat(noFilters().withNamePattern("").build().namePattern()).isEqualTo(new NamePattern(""));
        }

        @Test
        void acceptsOneThousandIds() {
            assertThat(withPaging(idsOf(1000), 0, 100).ids()).hasSize(1000);
        }

        @Test
        void cannotBeMadeWithMoreThanOneThousandIds() {
            assertThatThrownBy(() -> withPaging(idsOf(1001), 0, 100)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Paging {
        @Test
        void cannotBeMadeWithNegativeSkip() {
            assertThatThrownBy(() -> withPaging(null, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void acceptsSkipZeroAndLargeSkips() {
            assertThat(withPaging(null, 0, 10).skip()).isZero();
            assertThat(withPaging(null, Integer.MAX_VALUE, 10).skip()).isEqualTo(Integer.MAX_VALUE);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
        void cannotBeMadeWithLimitBelowOne(int limit) {
            assertThatThrownBy(() -> withPaging(null, 0, limit)).isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest
        @ValueSource(ints = {1001, Integer.MAX_VALUE})
        void cannotBeMadeWithLimitAboveOneThousand(int limit) {
            assertThatThrownBy(() -> withPaging(null, 0, limit)).isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 100, 1000})
        void acceptsLimitFromOneToOneThousand(int limit) {
            assertThat(withPaging(null, 0, limit).limit()).isEqualTo(limit);
        }
    }

    @Nested
    class VisibleStatuses {
        @Test
        void withoutFiltersAreAllButDeleted() {
            assertThat(noFilters().build().visibleStatuses()).containsExactlyInAnyOrder(ACTIVE, INACTIVE, DELETING);
        }

        @Test
        void includingDeletedAreAll() {
            assertThat(noFilters().includingDeleted(true).build().visibleStatuses())
                    .containsExactlyInAnyOrder(ACTIVE, INACTIVE, DELETING, DELETED);
        }

        @Test
        void areTheAskedStatuses() {
            assertThat(noFilters().withStatuses(INACTIVE, DELETING).build().visibleStatuses())
                    .containsExactlyInAnyOrder(INACTIVE, DELETING);
        }

        @Test
        void askingForDeletedWithoutIncludingItShowsNone() {
            assertThat(noFilters().withStatuses(DELETED).build().visibleStatuses()).isEmpty();
        }

        @Test
        void askingForDeletedAndActiveWithoutIncludingDeletedShowsActive() {
            assertThat(noFilters().withStatuses(DELETED, ACTIVE).build().visibleStatuses()).containsExactly(ACTIVE);
        }

        @Test
        void askingForDeletedAndIncludingItShowsDeleted() {
            assertThat(noFilters().withStatuses(DELETED, ACTIVE).includingDeleted(true).build().visibleStatuses())
                    .containsExactlyInAnyOrder(ACTIVE, DELETED);
        }

        @Test
        void includingDeletedDoesNotWidenTheAskedStatuses() {
            assertThat(noFilters().withStatuses(ACTIVE).includingDeleted(true).build().visibleStatuses())
                    .containsExactly(ACTIVE);
        }
    }
}
