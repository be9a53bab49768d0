package dev.corpora.domain.dataset;

import dev.corpora.domain.encoder.Encoder;
import dev.corpora.domain.encoder.EncoderCatalog;
import java.util.Arrays;
import java.util.List;

/** Builds create requests in the domain's types: a valid minimal one unless told otherwise. */
final class NewDatasets {
    private String name = "holiday_photos";
    private Encoder encoder = encoderNamed("multimodal");
    private String description;
    private List<AssetType> allowedAssetTypes;
    private KeyframeSamplingMethod keyframeSamplingMethod;
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

    /** An encoder of the catalog, visual or not; fails the test for a name the catalog does not know. */
    static Encoder encoderNamed(String name) {
        return EncoderCatalog.byName(name).orElseThrow(() -> new AssertionError("no encoder named " + name));
    }

    NewDatasets withName(String name) {
        this.name = name;
        return this;
    }

    NewDatasets withEncoder(Encoder encoder) {
        this.encoder = encoder;
        return this;
    }

    /** The catalog's encoder of that name. */
    NewDatasets withEncoderNamed(String name) {
        return withEncoder(encoderNamed(name));
    }

    NewDatasets withDescription(String description) {
        this.description = description;
        return this;
    }

    /** A list that may hold {@code null} items; a {@code null} array leaves the field out. */
    NewDatasets withAllowedAssetTypes(AssetType... types) {
        this.allowedAssetTypes = types == null ? null : Arrays.asList(types);
        return this;
    }

    NewDatasets withKeyframeSamplingMethod(KeyframeSamplingMethod method) {
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
        return new NewDataset(name, encoder, description, allowedAssetTypes, keyframeSamplingMethod,
                keyframeUniformFpsSamplingRate, storeOriginal, storePreview, metadataFieldsToIndex,
                metadataFieldsToEmbed, datasetConfig, addToPermit);
    }
}
