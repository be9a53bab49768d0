package dev.corpora.persistence.dataset;

import java.time.Instant;
import java.util.UUID;

/** One row of the {@code datasets} table, column for column. Never leaves this adapter. */
record DatasetRow(
        UUID id,
        String organizationId,
        String name,
        String nameKey,
        String description,
        String status,
        String encoderName,
        String allowedAssetTypes,
        boolean allowsImage,
        boolean allowsVideo,
        String keyframeSamplingMethod,
        Double keyframeFps,
        boolean storeOriginal,
        boolean storePreview,
        String metadataFieldsToIndex,
        String metadataFieldsToEmbed,
        String datasetConfig,
        boolean celebrityDetectionEnabled,
        boolean contextStudioEnabled,
        boolean newVideoDataModel,
        boolean addToPermit,
        Instant createdDt,
        String createdBy,
        Instant updatedDt,
        String updatedBy,
        Instant deletedDt,
        String deletedBy,
        long version) {
}
