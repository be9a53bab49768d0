package dev.corpora.application;

import dev.corpora.domain.dataset.DatasetQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Listing filters for the use-case tests, as a client would send them: none unless told otherwise. */
public final class QueryInputs {
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

    public static QueryInputs noFilters() {
        return new QueryInputs();
    }

    public QueryInputs withIds(UUID... ids) {
        this.ids = Arrays.asList(ids);
        return this;
    }

    /** A list that may hold {@code null} items, as a query string cannot but a caller might. */
    public QueryInputs withStatuses(String... statuses) {
        this.statuses = Arrays.asList(statuses);
        return this;
    }

    public QueryInputs withAssetTypes(String... types) {
        this.assetTypes = Arrays.asList(types);
        return this;
    }

    public QueryInputs withSamplingMethod(String method) {
        this.samplingMethod = method;
        return this;
    }

    public QueryInputs withStoreOriginal(Boolean storeOriginal) {
        this.storeOriginal = storeOriginal;
        return this;
    }

    public QueryInputs withStorePreview(Boolean storePreview) {
        this.storePreview = storePreview;
        return this;
    }

    public QueryInputs createdBetween(Instant after, Instant before) {
        this.createdAfter = after;
        this.createdBefore = before;
        return this;
    }

    public QueryInputs updatedBetween(Instant after, Instant before) {
        this.updatedAfter = after;
        this.updatedBefore = before;
        return this;
    }

    public QueryInputs withNamePattern(String pattern) {
        this.namePattern = pattern;
        return this;
    }

    public QueryInputs withNewVideoDataModel(Boolean value) {
        this.newVideoDataModel = value;
        return this;
    }

    public QueryInputs withCelebrityDetectionEnabled(Boolean value) {
        this.celebrityDetectionEnabled = value;
        return this;
    }

    public QueryInputs withContextStudioEnabled(Boolean value) {
        this.contextStudioEnabled = value;
        return this;
    }

    public QueryInputs includingDeleted(Boolean includeDeleted) {
        this.includeDeleted = includeDeleted;
        return this;
    }

    public QueryInputs withSkip(Integer skip) {
        this.skip = skip;
        return this;
    }

    public QueryInputs withLimit(Integer limit) {
        this.limit = limit;
        return this;
    }

    public DatasetQuery.Input build() {
        return new DatasetQuery.Input(ids == null ? null : ids.stream().map(String::valueOf).toList(), statuses, assetTypes, samplingMethod, storeOriginal, storePreview,
                createdBefore, createdAfter, updatedBefore, updatedAfter, namePattern, newVideoDataModel,
                celebrityDetectionEnabled, contextStudioEnabled, includeDeleted, skip, limit);
    }
}
