package dev.corpora.bootstrap.system;

import dev.corpora.client.ApiException;
import dev.corpora.client.api.DatasetsApi;
import dev.corpora.client.model.AssetTypeEnum;
import dev.corpora.client.model.DatasetGetManyResponse;
import dev.corpora.client.model.DatasetResponse;
import dev.corpora.client.model.DatasetStatusEnum;
import dev.corpora.client.model.KeyframeSamplingMethodEnum;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A Get Datasets call through the generated client, with only the filters a test sets. */
final class Listing {
    private final DatasetsApi api;
    private List<UUID> ids;
    private List<DatasetStatusEnum> statuses;
    private List<AssetTypeEnum> assetTypes;
    private KeyframeSamplingMethodEnum method;
    private Boolean storeOriginal;
    private OffsetDateTime createdAfter;
    private OffsetDateTime lastUpdatedBefore;
    private String namePattern;
    private Boolean celebrity;
    private Integer skip;
    private Integer limit;
    private Boolean includeDeleted;

    Listing(DatasetsApi api) {
        this.api = api;
    }

    Listing ids(UUID... values) {
        ids = List.of(values);
        return this;
    }

    Listing statuses(DatasetStatusEnum... values) {
        statuses = List.of(values);
        return this;
    }

    Listing assetTypes(AssetTypeEnum... values) {
        assetTypes = List.of(values);
        return this;
    }

    Listing method(KeyframeSamplingMethodEnum value) {
        method = value;
        return this;
    }

    Listing storeOriginal(boolean value) {
        storeOriginal = value;
        return this;
    }

    Listing createdAfter(OffsetDateTime value) {
        createdAfter = value;
        return this;
    }

    Listing lastUpdatedBefore(OffsetDateTime value) {
        lastUpdatedBefore = value;
        return this;
    }

    Listing namePattern(String value) {
        namePattern = value;
        return this;
    }

    Listing celebrity(boolean value) {
        celebrity = value;
        return this;
    }

    Listing page(int skipValue, int limitValue) {
        skip = skipValue;
        limit = limitValue;
        return this;
    }

    Listing includeDeleted() {
        includeDeleted = true;
        return this;
    }

    DatasetGetManyResponse call() throws ApiException {
        return api.getDatasets(ids, statuses, assetTypes, method, storeOriginal, null, null, createdAfter,
                lastUpdatedBefore, null, namePattern, null, celebrity, null, skip, limit, includeDeleted);
    }

    List<String> names() throws ApiException {
        return call().getData().stream().map(DatasetResponse::getName).toList();
    }
}
