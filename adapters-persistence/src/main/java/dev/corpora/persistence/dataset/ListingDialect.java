package dev.corpora.persistence.dataset;

import dev.corpora.domain.dataset.NamePattern;

/** Where a listing's SQL differs between the two databases: how it searches by name. */
enum ListingDialect {
    /** PostgreSQL indexes {@code LOWER(name)} itself (db/postgresql V4) and finds a pattern's range on its own. */
    POSTGRESQL("LOWER(name)") {
        @Override
        String datasets(NamePattern pattern) {
            return "datasets";
        }
    },
    /**
     * H2 indexes no expression, so the lower-cased name is a generated column (db/h2 V8). H2 plans a statement
     * before it has its values: it derives no range from {@code LIKE ?}, so the filter writes out the prefix's; and
     * it would still read every dataset of the listed statuses through {@code datasets_status}, so a listing by a
     * pattern with a prefix names the index to read.
     */
    H2("name_lower") {
        @Override
        String datasets(NamePattern pattern) {
            return pattern == null || pattern.prefix().isEmpty() ? "datasets"
                    : "datasets USE INDEX (datasets_org_name_lower)";
        }

        @Override
        boolean writesPrefixRange() {
            return true;
        }
    };

    private final String lowerName;

    ListingDialect(String lowerName) {
        this.lowerName = lowerName;
    }

    /** The lower-cased name, as the database indexes it. */
    String lowerName() {
        return lowerName;
    }

    /** What a listing with this name pattern (or none, {@code null}) reads datasets from. */
    abstract String datasets(NamePattern pattern);

    /** Whether the filter writes a name prefix's range out beside its {@code LIKE}. */
    boolean writesPrefixRange() {
        return false;
    }
}
