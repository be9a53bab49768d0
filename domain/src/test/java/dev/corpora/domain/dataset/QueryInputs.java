package dev.corpora.domain.dataset;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Builds listing filters as a client would send them: none unless told otherwise. */
final class QueryInputs {
    private List<UUID> ids;
    private List<String> statuses;
    private List<String> assetTypes;
    private String samplingMethod;
    private Boolean storeOriginal;
    private Boolean storePreview;
    private Instant createdBefore;
    private Instant createdAfter;
    private Instant updatedBefore;
    private Instant updatedAfter;
    private String namePattern;
    private Boolean newVideoDataModel;
    private Boolean celebrityDetectionEnabled;
    private Boolean contextStudioEnabled;
    private Boolean includeDeleted;
    private Integer skip;
    private Integer limit;

    private QueryInputs() {
    }

    static QueryInputs noFilters() {
        return new QueryInputs();
    }

    QueryInputs withIds(UUID... ids) {
        this.ids = Arrays.asList(ids);
        return this;
    }

    /** A list that may hold {@code null} items, as a query string cannot but a caller might. */
    QueryInputs withStatuses(String... statuses) {
        this.statuses = Arrays.asList(statuses);
        return this;
    }

    QueryInputs withAssetTypes(String... types) {
        this.assetTypes = Arrays.asList(types);
        return this;
    }

    QueryInputs withSamplingMethod(String method) {
        this.samplingMethod = method;
        return this;
    }

    QueryInputs withStoreOriginal(Boolean storeOriginal) {
        this.storeOriginal = storeOriginal;
        return this;
    }

    QueryInputs withStorePreview(Boolean storePreview) {
        this.storePreview = storePreview;
        return this;
    }

    QueryInputs createdBetween(Instant after, Instant before) {
        this.createdAfter = after;
        this.createdBefore = before;
        return this;
    }

    QueryInputs updatedBetween(Instant after, Instant before) {
        this.updatedAfter = after;
        this.updatedBefore = before;
        return this;
    }

    QueryInputs withNamePattern(String pattern) {
        this.namePattern = pattern;
        return this;
    }

    QueryInputs withNewVideoDataModel(Boolean value) {
        this.newVideoDataModel = value;
        return this;
    }

    QueryInputs withCelebrityDetectionEnabled(Boolean value) {
        this.celebrityDetectionEnabled = value;
        return this;
    }

    QueryInputs withContextStudioEnabled(Boolean value) {
        this.contextStudioEnabled = value;
        return this;
    }

    QueryInputs includingDeleted(Boolean includeDeleted) {
        this.includeDeleted = includeDeleted;
        return this;
    }

    QueryInputs withSkip(Integer skip) {
        this.skip = skip;
        return this;
    }

    QueryInputs withLimit(Integer limit) {
        this.limit = limit;
        return this;
    }

    DatasetQuery.Input build() {
        return new DatasetQuery.Input(ids == null ? null : ids.stream().map(String::valueOf).toList(), statuses, assetTypes, samplingMethod, storeOriginal, storePreview,
                createdBefore, createdAfter, updatedBefore, updatedAfter, namePattern, newVideoDataModel,
                celebrityDetectionEnabled, contextStudioEnabled, includeDeleted, skip, limit);
    }
}
