package dev.corpora.domain.dataset;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A dataset config as a client sent it, not yet checked. Any field may be {@code null}; for
 * {@code extraConfig} and {@code hybridSearch}, a {@code null} inner map means the object was given without it.
 */
public record DatasetConfigInput(
        Map<String, UUID> embeddingId,
        Map<String, String> encoderName,
        ExtraConfigInput extraConfig,
        HybridSearchInput hybridSearch,
        Boolean contextStudioEnabled,
        Boolean celebrityDetectionEnabled,
        List<String> metadataFieldsToIndex,
        List<String> metadataFieldsToEmbed,
        Map<String, String> agenticSearchMetadataDescription,
        String assetIdentifierKey,
        String contextStudioExportJsonConnectionName) {

    /**
     * Each composite's longest slice in seconds, by the composite's name: a {@code null} map when the composite
     * settings were missing, a {@code null} value when a composite had no duration.
     */
    public record ExtraConfigInput(Map<String, Integer> compositeSettings) {
    }

    /** Hybrid search's weight for each modality, as given. */
    public record HybridSearchInput(Map<String, Double> weights) {
    }
}
