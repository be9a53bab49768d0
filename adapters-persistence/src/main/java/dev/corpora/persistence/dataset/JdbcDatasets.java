package dev.corpora.persistence.dataset;

import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.Datasets;
import dev.corpora.domain.error.DatasetIdTaken;
import dev.corpora.domain.error.DatasetNameTaken;
import dev.corpora.persistence.SqlErrors;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** The {@link Datasets} port on PostgreSQL or H2, with the same SQL on both. */
@Singleton
final class JdbcDatasets implements Datasets {
    private static final String COLUMNS = "id, organization_id, name, name_key, description, status, encoder_name, "
            + "allowed_asset_types, keyframe_sampling_method, keyframe_fps, store_original, store_preview, "
            + "metadata_fields_to_index, metadata_fields_to_embed, dataset_config, celebrity_detection_enabled, "
            + "context_studio_enabled, new_video_data_model, add_to_permit, created_dt, created_by, updated_dt, "
            + "updated_by, deleted_dt, deleted_by, version";
    private static final String INSERT = "INSERT INTO datasets (" + COLUMNS + ") VALUES "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM datasets WHERE id = ? AND organization_id = ?";
    private static final String NAME_INDEX = "datasets_name_per_org";

    private final JdbcOperations jdbc;
    private final DatasetRowMapper mapper;

    JdbcDatasets(JdbcOperations jdbc, DatasetRowMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @Override
    public void add(Dataset dataset) {
        DatasetRow row = mapper.toRow(dataset);
        try {
            jdbc.prepareStatement(INSERT, statement -> {
                bind(statement, row);
                return statement.executeUpdate();
            });
        } catch (RuntimeException e) {
            throw SqlErrors.uniqueViolation(e).map(constraint -> constraint.contains(NAME_INDEX)
                    ? (RuntimeException) new DatasetNameTaken(dataset.name().value())
                    : new DatasetIdTaken(dataset.id().value())).orElse(e);
        }
    }

    @Override
    public Optional<Dataset> byId(DatasetId id, OrganizationId organization) {
        return jdbc.prepareStatement(BY_ID, statement -> {
            statement.setObject(1, id.value());
            statement.setString(2, organization.value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(mapper.toDataset(read(rows))) : Optional.empty();
            }
        });
    }

    private static void bind(PreparedStatement s, DatasetRow row) throws SQLException {
        s.setObject(1, row.id());
        s.setString(2, row.organizationId());
        s.setString(3, row.name());
        s.setString(4, row.nameKey());
        s.setString(5, row.description());
        s.setString(6, row.status());
        s.setString(7, row.encoderName());
        s.setString(8, row.allowedAssetTypes());
        s.setString(9, row.keyframeSamplingMethod());
        s.setObject(10, row.keyframeFps());
        s.setBoolean(11, row.storeOriginal());
        s.setBoolean(12, row.storePreview());
        s.setString(13, row.metadataFieldsToIndex());
        s.setString(14, row.metadataFieldsToEmbed());
        s.setString(15, row.datasetConfig());
        s.setBoolean(16, row.celebrityDetectionEnabled());
        s.setBoolean(17, row.contextStudioEnabled());
        s.setBoolean(18, row.newVideoDataModel());
        s.setBoolean(19, row.addToPermit());
        s.setObject(20, timestamp(row.createdDt()));
        s.setString(21, row.createdBy());
        s.setObject(22, timestamp(row.updatedDt()));
        s.setString(23, row.updatedBy());
        s.setObject(24, timestamp(row.deletedDt()));
        s.setString(25, row.deletedBy());
        s.setLong(26, row.version());
    }

    private static DatasetRow read(ResultSet r) throws SQLException {
        return new DatasetRow(r.getObject("id", UUID.class), r.getString("organization_id"), r.getString("name"),
                r.getString("name_key"), r.getString("description"), r.getString("status"),
                r.getString("encoder_name"), r.getString("allowed_asset_types"),
                r.getString("keyframe_sampling_method"), r.getObject("keyframe_fps", Double.class),
                r.getBoolean("store_original"), r.getBoolean("store_preview"),
                r.getString("metadata_fields_to_index"), r.getString("metadata_fields_to_embed"),
                r.getString("dataset_config"), r.getBoolean("celebrity_detection_enabled"),
                r.getBoolean("context_studio_enabled"), r.getBoolean("new_video_data_model"),
                r.getBoolean("add_to_permit"), instant(r, "created_dt"), r.getString("created_by"),
                instant(r, "updated_dt"), r.getString("updated_by"), instant(r, "deleted_dt"),
                r.getString("deleted_by"), r.getLong("version"));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
