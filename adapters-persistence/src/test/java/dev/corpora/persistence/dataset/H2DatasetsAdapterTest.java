package dev.corpora.persistence.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.dataset.DatasetQueries;
import dev.corpora.domain.dataset.DatasetQuery;
import dev.corpora.persistence.testing.H2TestDatabase;
import dev.corpora.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class H2DatasetsAdapterTest extends DatasetsAdapterContract {
    private static final OrganizationId PLANNED = new OrganizationId("org-planned");
    private static final Pattern READ =
            Pattern.compile("FROM public\\.datasets (USE INDEX \\([a-z_]+\\) )?/\\* ([^*]*)\\*/");

    @Override
    protected TestDatabase database() {
        return new H2TestDatabase();
    }

    /** H2 chooses its plan by the table's size: the organization gets enough datasets for the choice to matter. */
    @BeforeAll
    void manyDatasets() throws SQLException {
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO datasets (id, organization_id, "
                     + "name, name_key, status, encoder_name, allowed_asset_types, keyframe_sampling_method, "
                     + "store_original, store_preview, dataset_config, celebrity_detection_enabled, "
                     + "context_studio_enabled, new_video_data_model, add_to_permit, created_dt, created_by, version, "
                     + "allows_image, allows_video) VALUES (RANDOM_UUID(), ?, ?, LOWER(?), 'active', 'multimodal', "
                     + "'image', 'uniform', TRUE, TRUE, '{}', FALSE, FALSE, FALSE, TRUE, CURRENT_TIMESTAMP, 'test', "
                     + "0, TRUE, FALSE)")) {
            for (int i = 0; i < 5000; i++) {
                insert.setString(1, PLANNED.value());
                insert.setString(2, "Seed_" + i);
                insert.setString(3, "Seed_" + i);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.createStatement().execute("ANALYZE");
        }
    }

    /** The page and its total read a range of the organization's lower-cased names, not every name it has. */
    @Test
    void aNamePatternWithAPrefixReadsItsRangeOfTheNameIndex() throws SQLException {
        assertThat(reads(DatasetQueries.noFilters().withNamePattern("Seed_4*").build())).containsExactly(
                "datasets_org_name_lower: organization_id = ? AND name_lower >= ? AND name_lower < ?",
                "datasets_org_name_lower: name_lower < ? AND organization_id = ? AND name_lower >= ?");
    }

    /** A page is read from the organization's index entries in listing order, not from all of them sorted. */
    @Test
    void aListingReadsTheOrganizationsDatasetsInListingOrder() throws SQLException {
        assertThat(reads(DatasetQueries.noFilters().build())).containsExactly(
                "datasets_org_created_status: organization_id = ?");
    }

    /** What each read of {@code datasets} in the listing's plan goes through, without the placeholders' numbers. */
    private List<String> reads(DatasetQuery query) throws SQLException {
        DatasetPageSql sql = new DatasetPageSql(PLANNED, query, ListingDialect.H2);
        try (Connection connection = connect();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql.text())) {
            sql.bind(explain);
            try (ResultSet result = explain.executeQuery()) {
                assertThat(result.next()).isTrue();
                Matcher read = READ.matcher(result.getString(1).replaceAll("\\s+", " "));
                List<String> reads = new ArrayList<>();
                while (read.find()) {
                    reads.add(read.group(2).replace("public.", "").replaceAll("\\?\\d+", "?").trim());
                }
                return reads;
            }
        }
    }
}
