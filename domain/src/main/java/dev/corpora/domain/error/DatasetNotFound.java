package dev.corpora.domain.error;

import java.util.UUID;

/** No dataset with that id is visible to the caller: unknown, another organization's, or deleted. */
public final class DatasetNotFound extends DomainError {
    public DatasetNotFound(UUID id) {
        super("Dataset " + id + " not found");
    }

    @Override
    public String code() {
        return "dataset_not_found";
    }
}
