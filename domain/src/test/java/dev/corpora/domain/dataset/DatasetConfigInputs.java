package dev.corpora.domain.dataset;

import dev.corpora.domain.dataset.DatasetConfigInput.ExtraConfigInput;
import dev.corpora.domain.dataset.DatasetConfigInput.HybridSearchInput;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds {@code dataset_config} objects as a client would send them. The default agrees with a dataset of the
 * default encoder ({@code multimodal}) that allows images and videos, and sets nothing optional.
 */
final class DatasetConfigInputs {
    static final UUID MULTIMODAL_ID = UUID.fromString("2ef58577-557b-5edf-8ad8-8cf6254c0480");
    static final UUID RESNET_50_ID = UUID.fromString("c174c32c-0307-5b5d-ae13-108d59bcadbc");

    private Map<String, UUID> embeddingId = map("image", MULTIMODAL_ID, "video", MULTIMODAL_ID);
    private Map<String, String> encoderName = map("image", "multimodal", "video", "multimodal");
    private ExtraConfigInput extraConfig;
    private HybridSearchInput hybridSearch;
    private Boolean contextStudioEnabled;
    private Boolean celebrityDetectionEnabled;
    private List<String> metadataFieldsToIndex;
    private List<String> metadataFieldsToEmbed;
    private Map<String, String> agenticSearchMetadataDescription;
    private String assetIdentifierKey;
    private String contextStudioExportJsonConnectionName;

    private DatasetConfigInputs() {
    }

    static DatasetConfigInputs aDatasetConfig() {
        return new DatasetConfigInputs();
    }

    /**
     * A map in the order given that, like a JSON object, may hold {@code null} values.
     *
     * @param keysAndValues key, value, key, value...
     */
    @SuppressWarnings("unchecked")
    static <V> Map<String, V> map(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }

    DatasetConfigInputs withEmbeddingId(Map<String, UUID> embeddingId) {
        this.embeddingId = embeddingId;
        return this;
    }

    DatasetConfigInputs withEncoderName(Map<String, String> encoderName) {
        this.encoderName = encoderName;
        return this;
    }

    /** Both maps keyed by the given types, for the given encoder. */
    DatasetConfigInputs forEncoder(String name, UUID id, String... types) {
        embeddingId = new LinkedHashMap<>();
        encoderName = new LinkedHashMap<>();
        for (String type : types) {
            embeddingId.put(type, id);
            encoderName.put(type, name);
        }
        return this;
    }

    DatasetConfigInputs withCompositeSettings(Map<String, Integer> maximumSliceSecondsByName) {
        this.extraConfig = new ExtraConfigInput(maximumSliceSecondsByName);
        return this;
    }

    DatasetConfigInputs withHybridSearchWeights(Map<String, Double> weights) {
        this.hybridSearch = new HybridSearchInput(weights);
        return this;
    }

    DatasetConfigInputs withContextStudioEnabled(Boolean enabled) {
        this.contextStudioEnabled = enabled;
        return this;
    }

    DatasetConfigInputs withCelebrityDetectionEnabled(Boolean enabled) {
        this.celebrityDetectionEnabled = enabled;
        return this;
    }

    DatasetConfigInputs withMetadataFieldsToIndex(String... names) {
        this.metadataFieldsToIndex = names == null ? null : Arrays.asList(names);
        return this;
    }

    DatasetConfigInputs withMetadataFieldsToEmbed(String... names) {
        this.metadataFieldsToEmbed = names == null ? null : Arrays.asList(names);
        return this;
    }

    DatasetConfigInputs withAgenticSearchMetadataDescription(Map<String, String> descriptions) {
        this.agenticSearchMetadataDescription = descriptions;
        return this;
    }

    DatasetConfigInputs withAssetIdentifierKey(String key) {
        this.assetIdentifierKey = key;
        return this;
    }

    DatasetConfigInputs withContextStudioExportJsonConnectionName(String name) {
        this.contextStudioExportJsonConnectionName = name;
        return this;
    }

    DatasetConfigInput build() {
        return new DatasetConfigInput(embeddingId, encoderName, extraConfig, hybridSearch, contextStudioEnabled,
                celebrityDetectionEnabled, metadataFieldsToIndex, metadataFieldsToEmbed,
                agenticSearchMetadataDescription, assetIdentifierKey, contextStudioExportJsonConnectionName);
    }
}
