package dev.corpora.application;

import dev.corpora.domain.dataset.Change;
import dev.corpora.domain.dataset.DatasetChanges;
import dev.corpora.domain.dataset.DatasetConfigInput;
import dev.corpora.domain.dataset.DatasetStatus;

/** Partial updates for the use-case tests: nothing sent unless told otherwise. The rules are tested in the domain. */
public final class ChangeRequests {
    private Change<String> name = Change.absent();
    private Change<String> description = Change.absent();
    private Change<DatasetStatus> status = Change.absent();
    private Change<Boolean> storeOriginal = Change.absent();
    private Change<DatasetConfigInput> datasetConfig = Change.absent();

    private ChangeRequests() {
    }

    public static ChangeRequests aChangeRequest() {
        return new ChangeRequests();
    }

    public ChangeRequests withName(String name) {
        this.name = Change.to(name);
        return this;
    }

    public ChangeRequests withDescription(String description) {
        this.description = Change.to(description);
        return this;
    }

    public ChangeRequests withStatus(DatasetStatus status) {
        this.status = Change.to(status);
        return this;
    }

    public ChangeRequests withStoreOriginal(Boolean storeOriginal) {
        this.storeOriginal = Change.to(storeOriginal);
        return this;
    }

    public ChangeRequests withDatasetConfig(DatasetConfigInput config) {
        this.datasetConfig = Change.to(config);
        return this;
    }

    public DatasetChanges build() {
        return new DatasetChanges(name, description, status, storeOriginal, Change.absent(), datasetConfig);
    }
}
