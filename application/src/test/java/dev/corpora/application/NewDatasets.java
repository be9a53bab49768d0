package dev.corpora.application;

import dev.corpora.domain.dataset.AssetType;
import dev.corpora.domain.dataset.DatasetConfigInput;
import dev.corpora.domain.dataset.KeyframeSamplingMethod;
import dev.corpora.domain.dataset.NewDataset;
import dev.corpora.domain.encoder.Encoder;
import dev.corpora.domain.encoder.EncoderCatalog;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Create requests for the use-case tests: valid unless told otherwise. The rules are tested in the domain. */
public final class NewDatasets {
    private static final Encoder MULTIMODAL = EncoderCatalog.byName("multimodal").orElseThrow();

    private String name = "holiday_photos";
    private Encoder encoder = MULTIMODAL;
    private String description;
    private List<AssetType> allowedAssetTypes;
    private KeyframeSamplingMethod keyframeSamplingMethod;
    private Boolean storeOriginal;
    private Boolean storePreview;
    private DatasetConfigInput datasetConfig;
    private Boolean addToPermit;

    private NewDatasets() {
    }

    public static NewDatasets aNewDataset() {
        return new NewDatasets();
    }

    public NewDatasets withAddToPermit(Boolean addToPermit) {
        this.addToPermit = addToPermit;
        return this;
    }

    public NewDatasets withName(String name) {
        this.name = name;
        return this;
    }

    public NewDatasets withDescription(String description) {
        this.description = description;
        return this;
    }

    public NewDatasets withAllowedAssetTypes(AssetType... types) {
        this.allowedAssetTypes = Arrays.asList(types);
        return this;
    }

    public NewDatasets withKeyframeSamplingMethod(KeyframeSamplingMethod method) {
        this.keyframeSamplingMethod = method;
        return this;
    }

    public NewDatasets withStoreOriginal(Boolean storeOriginal) {
        this.storeOriginal = storeOriginal;
        return this;
    }

    public NewDatasets withStorePreview(Boolean storePreview) {
        this.storePreview = storePreview;
        return this;
    }

    /** A config that agrees with the dataset (its encoder, both asset types), with the features given. */
    public NewDatasets withFeatures(boolean celebrityDetection, boolean contextStudio) {
        this.datasetConfig = configOf(encoder, celebrityDetection, contextStudio);
        return this;
    }

    public NewDatasets withDatasetConfig(DatasetConfigInput config) {
        this.datasetConfig = config;
        return this;
    }

    /**
     * The config a client sends to keep a {@code multimodal} dataset of images and videos as it is. It disagrees
     * with a dataset that allows images only: its {@code video} key is no type that dataset allows.
     */
    public static DatasetConfigInput sameConfig() {
        return configOf(MULTIMODAL, false, false);
    }

    /** As {@link #sameConfig()} but for images only: it drops the video key. */
    public static DatasetConfigInput configWithoutVideo() {
        return new DatasetConfigInput(Map.of("image", MULTIMODAL.id()), Map.of("image", MULTIMODAL.name()), null,
                null, null, null, null, null, null, null, null);
    }

    private static DatasetConfigInput configOf(Encoder encoder, boolean celebrityDetection, boolean contextStudio) {
        Map<String, UUID> ids = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (AssetType type : AssetType.values()) {
            ids.put(type.configKey(), encoder.id());
            names.put(type.configKey(), encoder.name());
        }
        return new DatasetConfigInput(ids, names, null, null, contextStudio, celebrityDetection, null, null, null,
                null, null);
    }

    public NewDataset build() {
        return new NewDataset(name, encoder, description, allowedAssetTypes, keyframeSamplingMethod, null,
                storeOriginal, storePreview, null, null, datasetConfig, addToPermit);
    }
}
