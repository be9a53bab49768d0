package dev.corpora.persistence.dataset;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stored JSON of a dataset's config, in the wire's snake_case. Its own type, so renaming a domain field
 * can never silently change what is stored.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
record DatasetConfigDocument(
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
}
