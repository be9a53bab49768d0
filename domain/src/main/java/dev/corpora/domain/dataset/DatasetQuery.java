package dev.corpora.domain.dataset;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Which datasets of an organization to list, and which page: every filter is optional ({@code null}, or an
 * empty set) and they all apply together. Deleted datasets are left out unless asked for. Pages run oldest
 * first, then by id.
 *
 * @param ids           only these datasets; at most {@value #MAX_IDS}
 * @param assetTypes    datasets that allow any of these types
 * @param createdBefore datasets created strictly before; {@code createdAfter} strictly after; likewise for updates
 * @param skip          how many matching datasets come before the page
 * @param limit         the most datasets on the page, 1 to {@value #MAX_LIMIT}
 */
public record DatasetQuery(
        Set<UUID> ids,
        Set<DatasetStatus> statuses,
        Set<AssetType> assetTypes,
        KeyframeSamplingMethod samplingMethod,
        Boolean storeOriginal,
        Boolean storePreview,
        Instant createdBefore,
        Instant createdAfter,
        Instant updatedBefore,
        Instant updatedAfter,
        NamePattern namePattern,
        Boolean newVideoDataModel,
        Boolean celebrityDetectionEnabled,
        Boolean contextStudioEnabled,
        boolean includeDeleted,
        int skip,
        int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_IDS = 1000;

    public DatasetQuery {
        ids = ids == null ? Set.of() : Set.copyOf(ids);
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        assetTypes = assetTypes == null || assetTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(assetTypes));
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " ids");
        }
        if (skip < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("skip >= 0 and limit 1 to " + MAX_LIMIT);
        }
    }

    /** The first page of everything not deleted. */
    public static DatasetQuery everything() {
        return new DatasetQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                false, 0, DEFAULT_LIMIT);
    }

    /** The statuses a listing may show: the asked-for ones (all when none), without deleted unless included. */
    public Set<DatasetStatus> visibleStatuses() {
        Set<DatasetStatus> visible = EnumSet.allOf(DatasetStatus.class);
        if (!statuses.isEmpty()) {
            visible.retainAll(statuses);
        }
        if (!includeDeleted) {
            visible.remove(DatasetStatus.DELETED);
        }
        return visible;
    }
}
