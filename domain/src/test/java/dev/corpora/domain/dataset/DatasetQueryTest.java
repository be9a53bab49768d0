package dev.corpora.domain.dataset;

import static dev.corpora.domain.dataset.Creating.Problem.problem;
import static dev.corpora.domain.dataset.DatasetStatus.ACTIVE;
import static dev.corpora.domain.dataset.DatasetStatus.DELETED;
import static dev.corpora.domain.dataset.DatasetStatus.DELETING;
import static dev.corpora.domain.dataset.DatasetStatus.INACTIVE;
import static dev.corpora.domain.dataset.QueryInputs.noFilters;
import static dev.corpora.domain.error.ViolationKind.ENUM;
import static dev.corpora.domain.error.ViolationKind.GREATER_THAN_EQUAL;
import static dev.corpora.domain.error.ViolationKind.LESS_THAN_EQUAL;
import static dev.corpora.domain.error.ViolationKind.STRING_TOO_LONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.corpora.domain.dataset.Creating.Problem;
import dev.corpora.domain.error.ValidationFailed;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The filters of Get Datasets: checked together, with the contract's defaults and bounds. */
class DatasetQueryTest {
    private static final UUID FIRST_ID = UUID.fromString("11111111-2222-4333-8444-555555555555");
    private static final UUID SECOND_ID = UUID.fromString("99999999-2222-4333-8444-555555555555");
    private static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2026-11-27T00:00:00Z");

    private static DatasetQuery query(QueryInputs input) {
        return DatasetQuery.from(input.build());
    }

    private static ValidationFailed failureOf(QueryInputs input) {
        ValidationFailed failed = catchThrowableOfType(ValidationFailed.class, () -> query(input));
        if (failed == null) {
            throw new AssertionError("expected the filters to be rejected, but they made a query");
        }
        return failed;
    }

    private static List<Problem> problemsOf(QueryInputs input) {
        return failureOf(input).violations().stream().map(v -> new Problem(v.kind(), v.path())).toList();
    }

    /**
     * As {@link #problemsOf}, naming only the parameter: whether a bad item of a repeated parameter also carries
     * its index is the REST adapter's and the contract's business, not what these tests pin down.
     */
    private static List<Problem> parameterProblemsOf(QueryInputs input) {
        return failureOf(input).violations().stream()
                .map(v -> new Problem(v.kind(), v.path().subList(0, 1))).toList();
    }

    @Nested
    class Defaults {
        @Test
        void withoutFiltersSkipsNothingAndShowsOneHundred() {
            DatasetQuery query = query(noFilters());

            assertThat(query.skip()).isZero();
            assertThat(query.limit()).isEqualTo(100);
        }

        @Test
        void withoutFiltersFiltersNothingAndLeavesDeletedOut() {
            DatasetQuery query = query(noFilters());

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
    }

    @Nested
    class Filters {
        @Test
        void keepsEveryFilterGiven() {
            DatasetQuery query = query(noFilters().withIds(FIRST_ID, SECOND_ID).withStatuses("active", "inactive")
                    .withAssetTypes("video").withSamplingMethod("uniform").withStoreOriginal(false)
                    .withStorePreview(true).createdBetween(MONDAY, FRIDAY).updatedBetween(MONDAY, FRIDAY)
                    .withNamePattern("photo*").withNewVideoDataModel(true).withCelebrityDetectionEnabled(false)
                    .withContextStudioEnabled(true).includingDeleted(true).withSkip(20).withLimit(10));

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
        void repeatedValuesCollapse() {
            DatasetQuery query = query(noFilters().withIds(FIRST_ID, FIRST_ID).withStatuses("active", "active")
                    .withAssetTypes("image", "image"));

            assertThat(query.ids()).containsExactly(FIRST_ID);
            assertThat(query.statuses()).containsExactly(ACTIVE);
            assertThat(query.assetTypes()).containsExactly(AssetType.IMAGE);
        }

        @Test
        void includeDeletedFalseIsTheDefault() {
            assertThat(query(noFilters().includingDeleted(false)).includeDeleted()).isFalse();
        }

        @Test
        void acceptsEveryStatusIncludingDeleted() {
            assertThat(query(noFilters().withStatuses("active", "inactive", "deleting", "deleted")).statuses())
                    .containsExactlyInAnyOrder(ACTIVE, INACTIVE, DELETING, DELETED);
        }

        @Test
        void acceptsAnEmptyNamePattern() {
            assertThat(query(noFilters().withNamePattern("")).namePattern()).isEqualTo(new NamePattern(""));
        }
    }

    @Nested
    class Paging {
        @Test
        void rejectsNegativeSkip() {
            assertThat(problemsOf(noFilters().withSkip(-1))).containsExactly(problem(GREATER_THAN_EQUAL, "skip"));
        }

        @Test
        void acceptsSkipZeroAndLargeSkips() {
            assertThat(query(noFilters().withSkip(0)).skip()).isZero();
            assertThat(query(noFilters().withSkip(Integer.MAX_VALUE)).skip()).isEqualTo(Integer.MAX_VALUE);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
        void rejectsLimitBelowOne(int limit) {
            assertThat(problemsOf(noFilters().withLimit(limit))).containsExactly(problem(GREATER_THAN_EQUAL, "limit"));
        }

        @ParameterizedTest
        @ValueSource(ints = {1001, Integer.MAX_VALUE})
        void rejectsLimitAboveOneThousand(int limit) {
            assertThat(problemsOf(noFilters().withLimit(limit))).containsExactly(problem(LESS_THAN_EQUAL, "limit"));
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 100, 1000})
        void acceptsLimitFromOneToOneThousand(int limit) {
            assertThat(query(noFilters().withLimit(limit)).limit()).isEqualTo(limit);
        }

        @Test
        void cannotBeMadeWithBoundsOutOfRange() {
            assertThatThrownBy(() -> new DatasetQuery(Set.of(), Set.of(), Set.of(), null, null, null, null, null,
                    null, null, null, null, null, null, false, -1, 10))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new DatasetQuery(Set.of(), Set.of(), Set.of(), null, null, null, null, null,
                    null, null, null, null, null, null, false, 0, 1001))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class BadValues {
        @ParameterizedTest
        @ValueSource(strings = {"archived", "ACTIVE", "Active", ""})
        void rejectsAnUnknownStatus(String status) {
            assertThat(parameterProblemsOf(noFilters().withStatuses(status)))
                    .containsExactly(problem(ENUM, "status"));
        }

        @Test
        void rejectsANullStatus() {
            assertThat(parameterProblemsOf(noFilters().withStatuses((String) null)))
                    .containsExactly(problem(ENUM, "status"));
        }

        @Test
        void reportsEachBadStatus() {
            assertThat(parameterProblemsOf(noFilters().withStatuses("active", "archived", "gone")))
                    .containsExactly(problem(ENUM, "status"), problem(ENUM, "status"));
        }

        @Test
        void rejectsAnUnknownAssetType() {
            assertThat(parameterProblemsOf(noFilters().withAssetTypes("image", "audio")))
                    .containsExactly(problem(ENUM, "allowed_asset_types"));
        }

        @Test
        void rejectsAnUnknownSamplingMethod() {
            assertThat(parameterProblemsOf(noFilters().withSamplingMethod("random")))
                    .containsExactly(problem(ENUM, "keyframe_sampling_method"));
        }

        @Test
        void rejectsANamePatternLongerThan256Characters() {
            assertThat(parameterProblemsOf(noFilters().withNamePattern("a".repeat(257))))
                    .containsExactly(problem(STRING_TOO_LONG, "name_pattern"));
        }

        @Test
        void reportsEveryProblemAtOnce() {
            assertThat(parameterProblemsOf(noFilters().withStatuses("archived").withAssetTypes("audio")
                    .withSamplingMethod("random").withNamePattern("a".repeat(257)).withSkip(-1).withLimit(0)))
                    .containsExactly(
                            problem(ENUM, "status"),
                            problem(ENUM, "allowed_asset_types"),
                            problem(ENUM, "keyframe_sampling_method"),
                            problem(STRING_TOO_LONG, "name_pattern"),
                            problem(GREATER_THAN_EQUAL, "skip"),
                            problem(GREATER_THAN_EQUAL, "limit"));
        }

        @Test
        void problemsAreAboutTheParameters() {
            assertThat(failureOf(noFilters().withSkip(-1).withLimit(1001)).source())
                    .isEqualTo(ValidationFailed.Source.PARAMETERS);
        }
    }

    @Nested
    class VisibleStatuses {
        @Test
        void withoutFiltersAreAllButDeleted() {
            assertThat(query(noFilters()).visibleStatuses()).containsExactlyInAnyOrder(ACTIVE, INACTIVE, DELETING);
        }

        @Test
        void includingDeletedAreAll() {
            assertThat(query(noFilters().includingDeleted(true)).visibleStatuses())
                    .containsExactlyInAnyOrder(ACTIVE, INACTIVE, DELETING, DELETED);
        }

        @Test
        void areTheAskedStatuses() {
            assertThat(query(noFilters().withStatuses("inactive", "deleting")).visibleStatuses())
                    .containsExactlyInAnyOrder(INACTIVE, DELETING);
        }

        @Test
        void askingForDeletedWithoutIncludingItShowsNone() {
            assertThat(query(noFilters().withStatuses("deleted")).visibleStatuses()).isEmpty();
        }

        @Test
        void askingForDeletedAndActiveWithoutIncludingDeletedShowsActive() {
            assertThat(query(noFilters().withStatuses("deleted", "active")).visibleStatuses())
                    .containsExactly(ACTIVE);
        }

        @Test
        void askingForDeletedAndIncludingItShowsDeleted() {
            assertThat(query(noFilters().withStatuses("deleted", "active").includingDeleted(true))
                    .visibleStatuses()).containsExactlyInAnyOrder(ACTIVE, DELETED);
        }

        @Test
        void includingDeletedDoesNotWidenTheAskedStatuses() {
            assertThat(query(noFilters().withStatuses("active").includingDeleted(true)).visibleStatuses())
                    .containsExactly(ACTIVE);
        }
    }
}
