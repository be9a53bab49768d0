package dev.corpora.persistence.dataset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the {@code datasets} table, column for column (camelCase to snake_case). Never leaves this adapter.
 * The JSON columns are their text; {@link DatasetRowMapper} reads and writes them.
 */
@MappedEntity("datasets")
record DatasetRow(
        @Id UUID id,
        String organizationId,
        String name,
        @Nullable String nameKey,
        @Nullable String description,
        String status,
        String encoderName,
        String allowedAssetTypes,
        boolean allowsImage,
        boolean allowsVideo,
        String keyframeSamplingMethod,
        @Nullable Double keyframeFps,
        boolean storeOriginal,
        boolean storePreview,
        @Nullable String metadataFieldsToIndex,
        @Nullable String metadataFieldsToEmbed,
        String datasetConfig,
        boolean celebrityDetectionEnabled,
        boolean contextStudioEnabled,
        boolean newVideoDataModel,
        boolean addToPermit,
        Instant createdDt,
        String createdBy,
        @Nullable Instant updatedDt,
        @Nullable String updatedBy,
        @Nullable Instant deletedDt,
        @Nullable String deletedBy,
        long version) {
}
