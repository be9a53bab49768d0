package dev.corpora.persistence.dataset;

import dev.corpora.domain.dataset.DatasetQuery;
import java.time.Instant;
import java.util.List;

/** Listing queries for the adapter tests, with every filter off unless set. */
final class QueryBuilder {
    private String namePattern;
    private List<String> assetTypes;
    private List<String> statuses;
    private Instant createdAfter;
    private Integer skip;
    private Integer limit;

    QueryBuilder namePattern(String pattern) {
        this.namePattern = pattern;
        return this;
    }

    QueryBuilder assetTypes(List<String> types) {
        this.assetTypes = types;
        return this;
    }

    QueryBuilder statuses(List<String> wanted) {
        this.statuses = wanted;
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
        return DatasetQuery.from(new DatasetQuery.Input(null, statuses, assetTypes, null, null, null, null,
                createdAfter, null, null, namePattern, null, null, null, null, skip, limit));
    }
}
