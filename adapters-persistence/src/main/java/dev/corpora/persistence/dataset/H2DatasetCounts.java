package dev.corpora.persistence.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * H2's trigger for {@code dataset_counts}: what PostgreSQL's {@code count_dataset_change()} does there, in the
 * same transaction as the change of the row.
 */
public final class H2DatasetCounts implements Trigger {
    private static final String UNIQUE_VIOLATION = "23505";

    private int organizationColumn;
    private int statusColumn;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            ResultSetMetaData columns = statement.executeQuery("SELECT * FROM datasets WHERE 1 = 0").getMetaData();
            for (int column = 1; column <= columns.getColumnCount(); column++) {
                switch (columns.getColumnLabel(column).toLowerCase(java.util.Locale.ROOT)) {
                    case "organization_id" -> organizationColumn = column - 1;
                    case "status" -> statusColumn = column - 1;
                    default -> { }
                }
            }
        }
    }

    @Override
    public void fire(Connection connection, Object[] before, Object[] after) throws SQLException {
        if (before != null && after != null
                && Objects.equals(before[organizationColumn], after[organizationColumn])
                && Objects.equals(before[statusColumn], after[statusColumn])) {
            return;
        }
        if (before != null) {
            add(connection, before, -1);
        }
        if (after != null) {
            add(connection, after, 1);
        }
    }

    private void add(Connection connection, Object[] row, int change) throws SQLException {
        if (increment(connection, row, change) > 0) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO dataset_counts (organization_id, status, slot, datasets) VALUES (?, ?, 0, ?)")) {
            insert.setObject(1, row[organizationColumn]);
            insert.setObject(2, row[statusColumn]);
            insert.setInt(3, change);
            insert.executeUpdate();
        } catch (SQLException e) {
            // another transaction made the counter first; H2 keeps this one going after the failed statement
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            increment(connection, row, change);
        }
    }

    private int increment(Connection connection, Object[] row, int change) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE dataset_counts SET datasets = datasets + ? "
                + "WHERE organization_id = ? AND status = ? AND slot = 0")) {
            update.setInt(1, change);
            update.setObject(2, row[organizationColumn]);
            update.setObject(3, row[statusColumn]);
            return update.executeUpdate();
        }
    }
}
