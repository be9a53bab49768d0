package dev.corpora.domain.error;

import java.util.UUID;

/** A dataset id requested on create is already used, in any organization. */
public final class DatasetIdTaken extends DomainError {
    public DatasetIdTaken(UUID id) {
        super("The dataset id " + id + " is already in use");
    }

    @Override
    public String code() {
        return "dataset_id_taken";
    }
}
