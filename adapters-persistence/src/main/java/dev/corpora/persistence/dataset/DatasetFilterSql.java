package dev.corpora.persistence.dataset;

import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.dataset.AssetType;
import dev.corpora.domain.dataset.DatasetQuery;
import dev.corpora.domain.dataset.NamePattern;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

/**
 * The WHERE clause of a listing, built from the query's filters with a placeholder for every value: no string a
 * client sent is ever part of the SQL text. The same clause serves the page and, when it filters on more than
 * the status, its total.
 */
final class DatasetFilterSql {
    private final StringJoiner where = new StringJoiner(" AND ");
    private final List<Object> values = new ArrayList<>();
    private final List<String> statuses;
    private final boolean beyondStatus;

    DatasetFilterSql(OrganizationId organization, DatasetQuery query, ListingDialect dialect) {
        add("organization_id = ?", organization.value());
        statuses = query.visibleStatuses().stream().map(StoredWords::of).sorted().toList();
        if (statuses.isEmpty()) {
            where.add("1 = 0");
        } else {
            in("status", statuses);
        }
        String organizationAndStatus = where.toString();
        if (!query.ids().isEmpty()) {
            in("id", query.ids());
        }
        if (!query.assetTypes().isEmpty()) {
            StringJoiner anyType = new StringJoiner(" OR ", "(", ")");
            query.assetTypes().forEach(type -> anyType.add(type == AssetType.IMAGE ? "allows_image" : "allows_video"));
            where.add(anyType.toString());
        }
        if (query.samplingMethod() != null) {
            add("keyframe_sampling_method = ?", StoredWords.of(query.samplingMethod()));
        }
        optional("store_original = ?", query.storeOriginal());
        optional("store_preview = ?", query.storePreview());
        optional("new_video_data_model = ?", query.newVideoDataModel());
        optional("celebrity_detection_enabled = ?", query.celebrityDetectionEnabled());
        optional("context_studio_enabled = ?", query.contextStudioEnabled());
        optional("created_dt < ?", utc(query.createdBefore()));
        optional("created_dt > ?", utc(query.createdAfter()));
        optional("updated_dt < ?", utc(query.updatedBefore()));
        optional("updated_dt > ?", utc(query.updatedAfter()));
        if (query.namePattern() != null) {
            name(query.namePattern(), dialect);
        }
        beyondStatus = !where.toString().equals(organizationAndStatus);
    }

    String where() {
        return where.toString();
    }

    /** Whether it keeps datasets out for anything but their status: then only counting them finds the total. */
    boolean filtersBeyondStatus() {
        return beyondStatus;
    }

    /** The stored words of the statuses the listing shows, in a fixed order. */
    List<String> statuses() {
        return statuses;
    }

    /** Binds the filter values from placeholder {@code first} on; returns the next free index. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object value : values) {
            statement.setObject(index++, value);
        }
        return index;
    }

    private void name(NamePattern pattern, ListingDialect dialect) {
        String lowerName = dialect.lowerName();
        add(lowerName + " LIKE ? ESCAPE '" + NamePattern.ESCAPE + "'", pattern.likePattern());
        String prefix = pattern.prefix();
        if (dialect.writesPrefixRange() && !prefix.isEmpty()) {
            add(lowerName + " >= ?", prefix);
            char last = prefix.charAt(prefix.length() - 1);
            if (last != Character.MAX_VALUE) {
                add(lowerName + " < ?", prefix.substring(0, prefix.length() - 1) + (char) (last + 1));
            }
        }
    }

    private void add(String condition, Object value) {
        where.add(condition);
        values.add(value);
    }

    private void optional(String condition, Object value) {
        if (value != null) {
            add(condition, value);
        }
    }

    private void in(String column, Collection<?> allowed) {
        StringJoiner placeholders = new StringJoiner(", ", column + " IN (", ")");
        for (Object value : allowed) {
            placeholders.add("?");
            values.add(value);
        }
        where.add(placeholders.toString());
    }

    private static Object utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
