package dev.corpora.domain.dataset;

/** What a client asks to change in a dataset, field by field, as sent and not yet checked. */
public record DatasetChanges(
        Change<String> name,
        Change<String> description,
        Change<DatasetStatus> status,
        Change<Boolean> storeOriginal,
        Change<Boolean> storePreview,
        Change<DatasetConfigInput> datasetConfig) {

    public boolean isEmpty() {
        return !name.sent() && !description.sent() && !status.sent() && !storeOriginal.sent()
                && !storePreview.sent() && !datasetConfig.sent();
    }
}
