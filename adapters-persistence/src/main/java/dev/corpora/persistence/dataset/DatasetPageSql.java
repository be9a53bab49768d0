package dev.corpora.persistence.dataset;

import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.dataset.DatasetQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.StringJoiner;

/**
 * A listing page and its exact total in one statement, so in one round trip and as of one moment. Every row of
 * the result carries the total; a page past the last is one row with the total and no dataset.
 * <ul>
 * <li>The page is found on ids alone ({@code page}), which an index holding the order and the status can answer
 * without reading a row, and only the page's rows are read: a deep {@code skip} walks index entries, not rows.
 * <li>The total of a listing that filters on nothing but the status is the sum of the organization's counters
 * in {@code dataset_counts}, which the database keeps as rows change (see the V4 migrations); any other filter is
 * counted.
 * </ul>
 */
final class DatasetPageSql {
    static final String TOTAL = "listing_total";

    private final OrganizationId organization;
    private final DatasetQuery query;
    private final DatasetFilterSql filter;
    private final String datasets;

    DatasetPageSql(OrganizationId organization, DatasetQuery query, ListingDialect dialect) {
        this.organization = organization;
        this.query = query;
        this.filter = new DatasetFilterSql(organization, query, dialect);
        this.datasets = dialect.datasets(query.namePattern());
    }

    String text() {
        return "WITH page AS (SELECT id, created_dt FROM " + datasets + " WHERE " + filter.where()
                + " ORDER BY created_dt, id LIMIT ? OFFSET ?) "
                + "SELECT d.*, total." + TOTAL + " FROM (SELECT " + total() + " AS " + TOTAL + ") total "
                + "LEFT JOIN page ON TRUE LEFT JOIN datasets d ON d.id = page.id "
                + "ORDER BY page.created_dt, page.id";
    }

    void bind(PreparedStatement statement) throws SQLException {
        int next = filter.bind(statement, 1);
        statement.setInt(next++, query.limit());
        statement.setLong(next++, query.skip());
        if (filter.filtersBeyondStatus()) {
            filter.bind(statement, next);
        } else {
            statement.setString(next++, organization.value());
            for (String status : filter.statuses()) {
                statement.setString(next++, status);
            }
        }
    }

    private String total() {
        if (filter.filtersBeyondStatus()) {
            return "(SELECT COUNT(*) FROM " + datasets + " WHERE " + filter.where() + ")";
        }
        StringJoiner statuses = new StringJoiner(", ", "(", ")");
        filter.statuses().forEach(status -> statuses.add("?"));
        String shown = filter.statuses().isEmpty() ? "1 = 0" : "status IN " + statuses;
        return "(SELECT COALESCE(SUM(datasets), 0) FROM dataset_counts WHERE organization_id = ? AND " + shown + ")";
    }
}
