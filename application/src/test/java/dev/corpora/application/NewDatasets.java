package dev.corpora.application;

import dev.corpora.domain.dataset.DatasetConfigInput;
import dev.corpora.domain.dataset.NewDataset;
import dev.corpora.domain.encoder.EncoderCatalog;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Create requests for the use-case tests: valid unless told otherwise. The rules are tested in the domain. */
public final class NewDatasets {
    private String name = "holiday_photos";
    private String encoderName = "multimodal";
    private String description;
    private List<String> allowedAssetTypes;
    private String keyframeSamplingMethod;
    private Boolean storeOriginal;
    private Boolean storePreview;
    private DatasetConfigInput datasetConfig;

    private NewDatasets() {
    }

    public static NewDatasets aNewDataset() {
        return new NewDatasets();
    }

    public NewDatasets withName(String name) {
        this.name = name;
        return this;
    }

    public NewDatasets withEncoderName(String encoderName) {
        this.encoderName = encoderName;
        return this;
    }

    public NewDatasets withDescription(String description) {
        this.description = description;
        return this;
    }

    public NewDatasets withAllowedAssetTypes(String... types) {
        this.allowedAssetTypes = Arrays.asList(types);
        return this;
    }

    public NewDatasets withKeyframeSamplingMethod(String method) {
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
        this.datasetConfig = configOf(encoderName, celebrityDetection, contextStudio);
        return this;
    }

    /** The config a client sends to keep a {@code multimodal} dataset of images and videos as it is. */
    public static DatasetConfigInput sameConfig() {
        return configOf("multimodal", false, false);
    }

    /** As {@link #sameConfig()} but for images only: it drops the video key. */
    public static DatasetConfigInput configWithoutVideo() {
        UUID id = EncoderCatalog.visualEncoder("multimodal").id();
        return new DatasetConfigInput(Map.of("image", id), Map.of("image", "multimodal"), null, null, null, null,
                null, null, null, null, null);
    }

    private static DatasetConfigInput configOf(String encoder, boolean celebrityDetection, boolean contextStudio) {
        UUID id = EncoderCatalog.visualEncoder(encoder).id();
        Map<String, UUID> ids = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (String type : List.of("image", "video")) {
            ids.put(type, id);
            names.put(type, encoder);
        }
        return new DatasetConfigInput(ids, names, null, null, contextStudio, celebrityDetection, null, null, null,
                null, null);
    }

    public NewDataset build() {
        return new NewDataset(name, encoderName, description, allowedAssetTypes, keyframeSamplingMethod, null,
                storeOriginal, storePreview, null, null, datasetConfig, null);
    }
}
