package dev.corpora.persistence.dataset;

import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.DatasetPage;
import dev.corpora.domain.dataset.DatasetQuery;
import dev.corpora.domain.dataset.Datasets;
import dev.corpora.domain.error.DatasetIdTaken;
import dev.corpora.domain.error.DatasetNameTaken;
import dev.corpora.domain.error.StateConflict;
import dev.corpora.persistence.SqlErrors;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@link Datasets} port on PostgreSQL or H2, with the same SQL on both. */
@Singleton
final class JdbcDatasets implements Datasets {
    private static final String COLUMNS = "id, organization_id, name, name_key, description, status, encoder_name, "
            + "allowed_asset_types, allows_image, allows_video, keyframe_sampling_method, keyframe_fps, store_original, store_preview, "
            + "metadata_fields_to_index, metadata_fields_to_embed, dataset_config, celebrity_detection_enabled, "
            + "context_studio_enabled, new_video_data_model, add_to_permit, created_dt, created_by, updated_dt, "
            + "updated_by, deleted_dt, deleted_by, version";
    private static final String INSERT = "INSERT INTO datasets (" + COLUMNS + ") VALUES "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM datasets WHERE id = ? AND organization_id = ?";
    private static final String UPDATE = "UPDATE datasets SET name = ?, name_key = ?, description = ?, status = ?, "
            + "store_original = ?, store_preview = ?, metadata_fields_to_index = ?, metadata_fields_to_embed = ?, "
            + "dataset_config = ?, celebrity_detection_enabled = ?, context_studio_enabled = ?, updated_dt = ?, "
            + "updated_by = ?, deleted_dt = ?, deleted_by = ?, version = ? WHERE id = ? AND version = ?";
    private static final String ORDER = " ORDER BY created_dt, id";
    private static final String CLAIM_DELETING = "SELECT " + COLUMNS + " FROM datasets WHERE status = 'deleting'"
            + ORDER + " LIMIT ? FOR UPDATE SKIP LOCKED";
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
        return one(BY_ID, id, organization);
    }

    @Override
    public Optional<Dataset> byIdForUpdate(DatasetId id, OrganizationId organization) {
        return one(BY_ID + " FOR UPDATE", id, organization);
    }

    @Override
    public void update(Dataset dataset, long previousVersion) {
        DatasetRow row = mapper.toRow(dataset);
        int updated;
        try {
            updated = jdbc.prepareStatement(UPDATE, statement -> {
                bindChanges(statement, row);
                statement.setObject(17, row.id());
                statement.setLong(18, previousVersion);
                return statement.executeUpdate();
            });
        } catch (RuntimeException e) {
            if (SqlErrors.uniqueViolation(e).isPresent()) {
                throw new DatasetNameTaken(dataset.name().value());
            }
            throw e;
        }
        if (updated != 1) {
            throw new StateConflict("Dataset " + dataset.id() + " was changed by someone else; read it again");
        }
    }

    @Override
    public DatasetPage page(OrganizationId organization, DatasetQuery query) {
        DatasetFilterSql filter = new DatasetFilterSql(organization, query);
        List<Dataset> datasets = jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM datasets WHERE " + filter.where() + ORDER + " LIMIT ? OFFSET ?",
                statement -> {
                    int next = filter.bind(statement);
                    statement.setInt(next, query.limit());
                    statement.setLong(next + 1, query.skip());
                    return readAll(statement);
                });
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM datasets WHERE " + filter.where(), statement -> {
            filter.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        return new DatasetPage(datasets, total, query.skip(), query.limit());
    }

    @Override
    public List<Dataset> claimDeleting(int max) {
        return jdbc.prepareStatement(CLAIM_DELETING, statement -> {
            statement.setInt(1, max);
            return readAll(statement);
        });
    }

    private Optional<Dataset> one(String sql, DatasetId id, OrganizationId organization) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, id.value());
            statement.setString(2, organization.value());
            return readAll(statement).stream().findFirst();
        });
    }

    private List<Dataset> readAll(PreparedStatement statement) throws SQLException {
        List<Dataset> datasets = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                datasets.add(mapper.toDataset(read(rows)));
            }
        }
        return datasets;
    }

    private static void bindChanges(PreparedStatement s, DatasetRow row) throws SQLException {
        s.setString(1, row.name());
        s.setString(2, row.nameKey());
        s.setString(3, row.description());
        s.setString(4, row.status());
        s.setBoolean(5, row.storeOriginal());
        s.setBoolean(6, row.storePreview());
        s.setString(7, row.metadataFieldsToIndex());
        s.setString(8, row.metadataFieldsToEmbed());
        s.setString(9, row.datasetConfig());
        s.setBoolean(10, row.celebrityDetectionEnabled());
        s.setBoolean(11, row.contextStudioEnabled());
        s.setObject(12, timestamp(row.updatedDt()));
        s.setString(13, row.updatedBy());
        s.setObject(14, timestamp(row.deletedDt()));
        s.setString(15, row.deletedBy());
        s.setLong(16, row.version());
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
        s.setBoolean(9, row.allowsImage());
        s.setBoolean(10, row.allowsVideo());
        s.setString(11, row.keyframeSamplingMethod());
        s.setObject(12, row.keyframeFps());
        s.setBoolean(13, row.storeOriginal());
        s.setBoolean(14, row.storePreview());
        s.setString(15, row.metadataFieldsToIndex());
        s.setString(16, row.metadataFieldsToEmbed());
        s.setString(17, row.datasetConfig());
        s.setBoolean(18, row.celebrityDetectionEnabled());
        s.setBoolean(19, row.contextStudioEnabled());
        s.setBoolean(20, row.newVideoDataModel());
        s.setBoolean(21, row.addToPermit());
        s.setObject(22, timestamp(row.createdDt()));
        s.setString(23, row.createdBy());
        s.setObject(24, timestamp(row.updatedDt()));
        s.setString(25, row.updatedBy());
        s.setObject(26, timestamp(row.deletedDt()));
        s.setString(27, row.deletedBy());
        s.setLong(28, row.version());
    }

    private static DatasetRow read(ResultSet r) throws SQLException {
        return new DatasetRow(r.getObject("id", UUID.class), r.getString("organization_id"), r.getString("name"),
                r.getString("name_key"), r.getString("description"), r.getString("status"),
                r.getString("encoder_name"), r.getString("allowed_asset_types"), r.getBoolean("allows_image"),
                r.getBoolean("allows_video"),
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
