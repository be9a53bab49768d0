package dev.corpora.domain.dataset;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Builds listing queries in the domain's types: no filter, the first page, unless told otherwise. The use-case
 * tests and the {@code Datasets} contract build theirs with it too.
 */
public final class DatasetQueries {
    private Set<UUID> ids;
    private Set<DatasetStatus> statuses;
    private Set<AssetType> assetTypes;
    private KeyframeSamplingMethod samplingMethod;
    private Boolean storeOriginal;
    private Boolean storePreview;
    private Instant createdBefore;
    private Instant createdAfter;
    private Instant updatedBefore;
    private Instant updatedAfter;
    private NamePattern namePattern;
    private Boolean newVideoDataModel;
    private Boolean celebrityDetectionEnabled;
    private Boolean contextStudioEnabled;
    private boolean includeDeleted;
    private int skip;
    private int limit = DatasetQuery.DEFAULT_LIMIT;

    private DatasetQueries() {
    }

    public static DatasetQueries noFilters() {
        return new DatasetQueries();
    }

    public DatasetQueries withIds(UUID... ids) {
        this.ids = new LinkedHashSet<>(Arrays.asList(ids));
        return this;
    }

    public DatasetQueries withStatuses(DatasetStatus... statuses) {
        this.statuses = new LinkedHashSet<>(Arrays.asList(statuses));
        return this;
    }

    public DatasetQueries withAssetTypes(AssetType... types) {
        this.assetTypes = new LinkedHashSet<>(Arrays.asList(types));
        return this;
    }

    public DatasetQueries withSamplingMethod(KeyframeSamplingMethod method) {
        this.samplingMethod = method;
        return this;
    }

    public DatasetQueries withStoreOriginal(Boolean storeOriginal) {
        this.storeOriginal = storeOriginal;
        return this;
    }

    public DatasetQueries withStorePreview(Boolean storePreview) {
        this.storePreview = storePreview;
        return this;
    }

    public DatasetQueries createdBetween(Instant after, Instant before) {
        this.createdAfter = after;
        this.createdBefore = before;
        return this;
    }

    public DatasetQueries updatedBetween(Instant after, Instant before) {
        this.updatedAfter = after;
        this.updatedBefore = before;
        return this;
    }

    public DatasetQueries withNamePattern(String glob) {
        this.namePattern = new NamePattern(glob);
        return this;
    }

    public DatasetQueries withNewVideoDataModel(Boolean value) {
        this.newVideoDataModel = value;
        return this;
    }

    public DatasetQueries withCelebrityDetectionEnabled(Boolean value) {
        this.celebrityDetectionEnabled = value;
        return this;
    }

    public DatasetQueries withContextStudioEnabled(Boolean value) {
        this.contextStudioEnabled = value;
        return this;
    }

    public DatasetQueries includingDeleted(boolean includeDeleted) {
        this.includeDeleted = includeDeleted;
        return this;
    }

    public DatasetQueries withSkip(int skip) {
        this.skip = skip;
        return this;
    }

    public DatasetQueries withLimit(int limit) {
        this.limit = limit;
        return this;
    }

    public DatasetQuery build() {
        return new DatasetQuery(ids, statuses, assetTypes, samplingMethod, storeOriginal, storePreview,
                createdBefore, createdAfter, updatedBefore, updatedAfter, namePattern, newVideoDataModel,
                celebrityDetectionEnabled, contextStudioEnabled, includeDeleted, skip, limit);
    }
}
