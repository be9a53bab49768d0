package dev.corpora.domain.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * How a dataset is encoded and searched: per asset type, the encoder and its embedding id, plus search and
 * feature settings. Built only through {@link DatasetConfigRules}, so an instance agrees with its dataset.
 *
 * @param compositeSliceSeconds each composite's name to its longest slice in seconds, or
 *                              {@code null} when there is no extra config
 * @param hybridSearchWeights   hybrid search's weight for each modality, or {@code null} when hybrid search is off
 */
public record DatasetConfig(
        Map<String, UUID> embeddingId,
        Map<String, String> encoderName,
        Map<String, Integer> compositeSliceSeconds,
        Map<String, Double> hybridSearchWeights,
        boolean contextStudioEnabled,
        boolean celebrityDetectionEnabled,
        List<String> metadataFieldsToIndex,
        List<String> metadataFieldsToEmbed,
        Map<String, String> agenticSearchMetadataDescription,
        String assetIdentifierKey,
        String contextStudioExportJsonConnectionName) {

    public DatasetConfig {
        embeddingId = ordered(Objects.requireNonNull(embeddingId, "embeddingId"));
        encoderName = ordered(Objects.requireNonNull(encoderName, "encoderName"));
        compositeSliceSeconds = ordered(compositeSliceSeconds);
        hybridSearchWeights = ordered(hybridSearchWeights);
        metadataFieldsToIndex = metadataFieldsToIndex == null ? null : List.copyOf(metadataFieldsToIndex);
        metadataFieldsToEmbed = metadataFieldsToEmbed == null ? null : List.copyOf(metadataFieldsToEmbed);
        agenticSearchMetadataDescription = ordered(agenticSearchMetadataDescription);
    }

    /** An unmodifiable copy that keeps the given order, so the config reads back the same on every run. */
    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
