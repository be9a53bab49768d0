package dev.corpora.domain.dataset;

import java.util.Objects;
import java.util.UUID;

/** The identity of a dataset, unique across all organizations. */
public record DatasetId(UUID value) {
    public DatasetId {
        Objects.requireNonNull(value, "value");
    }

    public static DatasetId random() {
        return new DatasetId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
