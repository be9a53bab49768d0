package dev.corpora.domain.dataset;

/**
 * Builds partial updates in the domain's types: nothing sent unless told otherwise. A {@code with...} call sends
 * the field, {@code null} included.
 */
final class ChangeRequests {
    private Change<String> name = Change.absent();
    private Change<String> description = Change.absent();
    private Change<DatasetStatus> status = Change.absent();
    private Change<Boolean> storeOriginal = Change.absent();
    private Change<Boolean> storePreview = Change.absent();
    private Change<DatasetConfigInput> datasetConfig = Change.absent();

    private ChangeRequests() {
    }

    static ChangeRequests aChangeRequest() {
        return new ChangeRequests();
    }

    ChangeRequests withName(String name) {
        this.name = Change.to(name);
        return this;
    }

    ChangeRequests withDescription(String description) {
        this.description = Change.to(description);
        return this;
    }

    ChangeRequests withStatus(DatasetStatus status) {
        this.status = Change.to(status);
        return this;
    }

    ChangeRequests withStoreOriginal(Boolean storeOriginal) {
        this.storeOriginal = Change.to(storeOriginal);
        return this;
    }

    ChangeRequests withStorePreview(Boolean storePreview) {
        this.storePreview = Change.to(storePreview);
        return this;
    }

    ChangeRequests withDatasetConfig(DatasetConfigInput config) {
        this.datasetConfig = Change.to(config);
        return this;
    }

    ChangeRequests withDatasetConfig(DatasetConfigInputs config) {
        return withDatasetConfig(config.build());
    }

    DatasetChanges build() {
        return new DatasetChanges(name, description, status, storeOriginal, storePreview, datasetConfig);
    }
}
