package dev.corpora.persistence.dataset;

import dev.corpora.domain.dataset.AssetType;
import dev.corpora.domain.dataset.DatasetQuery;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.dataset.KeyframeSamplingMethod;
import dev.corpora.domain.dataset.NamePattern;
import java.time.Instant;
import java.util.Set;

/** Listing queries for the adapter tests, in the domain's types, with every filter off unless set. */
final class QueryBuilder {
    private NamePattern namePattern;
    private Set<AssetType> assetTypes;
    private Set<DatasetStatus> statuses;
    private KeyframeSamplingMethod samplingMethod;
    private Instant createdAfter;
    private int skip;
    private int limit = DatasetQuery.DEFAULT_LIMIT;

    QueryBuilder namePattern(String glob) {
        this.namePattern = new NamePattern(glob);
        return this;
    }

    QueryBuilder assetTypes(AssetType... types) {
        this.assetTypes = Set.of(types);
        return this;
    }

    QueryBuilder statuses(DatasetStatus... wanted) {
        this.statuses = Set.of(wanted);
        return this;
    }

    QueryBuilder samplingMethod(KeyframeSamplingMethod method) {
        this.samplingMethod = method;
        return this;
    }

    QueryBuilder createdAfter(Instant instant) {
        this.createdAfter = instant;
        return this;
    }

    QueryBuilder skip(int value) {
        this.skip = value;
        return this;
    }

    QueryBuilder limit(int value) {
        this.limit = value;
        return this;
    }

    DatasetQuery build() {
        return new DatasetQuery(null, statuses, assetTypes, samplingMethod, null, null, null, createdAfter, null,
                null, namePattern, null, null, null, false, skip, limit);
    }
}
