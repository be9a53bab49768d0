package dev.corpora.domain.dataset;

import java.util.Arrays;
import java.util.List;

/** Builds create requests as a client would send them: a valid minimal one unless told otherwise. */
final class NewDatasets {
    private String name = "holiday_photos";
    private String encoderName = "multimodal";
    private String description;
    private List<String> allowedAssetTypes;
    private String keyframeSamplingMethod;
    private Double keyframeUniformFpsSamplingRate;
    private Boolean storeOriginal;
    private Boolean storePreview;
    private List<String> metadataFieldsToIndex;
    private List<String> metadataFieldsToEmbed;
    private DatasetConfigInput datasetConfig;
    private Boolean addToPermit;

    private NewDatasets() {
    }

    static NewDatasets aNewDataset() {
        return new NewDatasets();
    }

    NewDatasets withName(String name) {
        this.name = name;
        return this;
    }

    NewDatasets withEncoderName(String encoderName) {
        this.encoderName = encoderName;
        return this;
    }

    NewDatasets withDescription(String description) {
        this.description = description;
        return this;
    }

    /** A list that may hold {@code null} items, as JSON can. */
    NewDatasets withAllowedAssetTypes(String... types) {
        this.allowedAssetTypes = types == null ? null : Arrays.asList(types);
        return this;
    }

    NewDatasets withKeyframeSamplingMethod(String method) {
        this.keyframeSamplingMethod = method;
        return this;
    }

    NewDatasets withKeyframeUniformFpsSamplingRate(Double fps) {
        this.keyframeUniformFpsSamplingRate = fps;
        return this;
    }

    NewDatasets withStoreOriginal(Boolean storeOriginal) {
        this.storeOriginal = storeOriginal;
        return this;
    }

    NewDatasets withStorePreview(Boolean storePreview) {
        this.storePreview = storePreview;
        return this;
    }

    NewDatasets withMetadataFieldsToIndex(String... names) {
        this.metadataFieldsToIndex = names == null ? null : Arrays.asList(names);
        return this;
    }

    NewDatasets withMetadataFieldsToEmbed(String... names) {
        this.metadataFieldsToEmbed = names == null ? null : Arrays.asList(names);
        return this;
    }

    NewDatasets withDatasetConfig(DatasetConfigInput config) {
        this.datasetConfig = config;
        return this;
    }

    NewDatasets withDatasetConfig(DatasetConfigInputs config) {
        return withDatasetConfig(config.build());
    }

    NewDatasets withAddToPermit(Boolean addToPermit) {
        this.addToPermit = addToPermit;
        return this;
    }

    NewDataset build() {
        return new NewDataset(name, encoderName, description, allowedAssetTypes, keyframeSamplingMethod,
                keyframeUniformFpsSamplingRate, storeOriginal, storePreview, metadataFieldsToIndex,
                metadataFieldsToEmbed, datasetConfig, addToPermit);
    }
}
