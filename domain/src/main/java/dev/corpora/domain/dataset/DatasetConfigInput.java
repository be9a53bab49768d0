package dev.corpora.domain.dataset;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A dataset config as a client sent it, not yet checked. Any field may be {@code null}; for
 * {@code extra_config} and {@code hybrid_search}, a {@code null} inner map means the object was sent without it.
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
     * {@code {"composite_settings": {NAME: {"maximum_slice_duration_seconds": N}}}} as sent: a {@code null} map
     * when {@code composite_settings} was missing, a {@code null} value when a composite had no duration.
     */
    public record ExtraConfigInput(Map<String, Integer> compositeSettings) {
    }

    /** {@code {"weights": {modality: weight}}} as sent. */
    public record HybridSearchInput(Map<String, Double> weights) {
    }
}
