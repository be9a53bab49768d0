package dev.corpora.persistence.dataset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the {@code datasets} table, column for column. Never leaves this adapter. The JSON columns are their
 * text; {@link DatasetRowMapper} reads and writes them. Each column is named although Micronaut Data would derive
 * the same name: deriving it costs a string conversion per column of every row read (a fifth of a listing's CPU).
 */
@MappedEntity("datasets")
record DatasetRow(
        @Id @MappedProperty("id") UUID id,
        @MappedProperty("organization_id") String organizationId,
        @MappedProperty("name") String name,
        @Nullable @MappedProperty("name_key") String nameKey,
        @Nullable @MappedProperty("description") String description,
        @MappedProperty("status") String status,
        @MappedProperty("encoder_name") String encoderName,
        @MappedProperty("allowed_asset_types") String allowedAssetTypes,
        @MappedProperty("allows_image") boolean allowsImage,
        @MappedProperty("allows_video") boolean allowsVideo,
        @MappedProperty("keyframe_sampling_method") String keyframeSamplingMethod,
        @Nullable @MappedProperty("keyframe_fps") Double keyframeFps,
        @MappedProperty("store_original") boolean storeOriginal,
        @MappedProperty("store_preview") boolean storePreview,
        @Nullable @MappedProperty("metadata_fields_to_index") String metadataFieldsToIndex,
        @Nullable @MappedProperty("metadata_fields_to_embed") String metadataFieldsToEmbed,
        @MappedProperty("dataset_config") String datasetConfig,
        @MappedProperty("celebrity_detection_enabled") boolean celebrityDetectionEnabled,
        @MappedProperty("context_studio_enabled") boolean contextStudioEnabled,
        @MappedProperty("new_video_data_model") boolean newVideoDataModel,
        @MappedProperty("add_to_permit") boolean addToPermit,
        @MappedProperty("created_dt") Instant createdDt,
        @MappedProperty("created_by") String createdBy,
        @Nullable @MappedProperty("updated_dt") Instant updatedDt,
        @Nullable @MappedProperty("updated_by") String updatedBy,
        @Nullable @MappedProperty("deleted_dt") Instant deletedDt,
        @Nullable @MappedProperty("deleted_by") String deletedBy,
        @MappedProperty("version") long version) {
}
