package dev.corpora.domain.dataset;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * How a dataset is encoded and searched: per asset type, the encoder and its embedding id, plus search and
 * feature settings. Built only through {@link DatasetConfigRules}, so an instance agrees with its dataset.
 *
 * @param compositeSliceSeconds {@code extra_config.composite_settings} as name to maximum slice seconds, or
 *                              {@code null} when there is no extra config
 * @param hybridSearchWeights   {@code hybrid_search.weights}, or {@code null} when hybrid search is off
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
        embeddingId = Map.copyOf(Objects.requireNonNull(embeddingId, "embeddingId"));
        encoderName = Map.copyOf(Objects.requireNonNull(encoderName, "encoderName"));
        compositeSliceSeconds = compositeSliceSeconds == null ? null : Map.copyOf(compositeSliceSeconds);
        hybridSearchWeights = hybridSearchWeights == null ? null : Map.copyOf(hybridSearchWeights);
        metadataFieldsToIndex = metadataFieldsToIndex == null ? null : List.copyOf(metadataFieldsToIndex);
        metadataFieldsToEmbed = metadataFieldsToEmbed == null ? null : List.copyOf(metadataFieldsToEmbed);
        agenticSearchMetadataDescription = agenticSearchMetadataDescription == null
                ? null : Map.copyOf(agenticSearchMetadataDescription);
    }
}
