-- PostgreSQL only; db/h2 holds H2's equal. See FlywayLocations.
--
-- The exact number of an organization's datasets in each status, kept by the database as rows change, so a
-- listing's total need not count the organization's rows. A counter is split over 16 slots, one per
-- connection's backend, so that concurrent writers of one organization do not queue on one row; the count is
-- the sum of the slots, which may hold negative numbers.
CREATE TABLE dataset_counts (
    organization_id VARCHAR(255) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    slot            SMALLINT     NOT NULL,
    datasets        BIGINT       NOT NULL,
    PRIMARY KEY (organization_id, status, slot)
);

-- Statement-level triggers with transition tables: one upsert per counter a statement changes, however many rows
-- it writes, so a bulk load does not update one counter row once per row.
CREATE FUNCTION count_new_datasets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO dataset_counts AS c
        SELECT organization_id, status, pg_backend_pid() % 16, COUNT(*) FROM new_rows GROUP BY organization_id, status
        ON CONFLICT (organization_id, status, slot) DO UPDATE SET datasets = c.datasets + EXCLUDED.datasets;
    RETURN NULL;
END $$;

CREATE FUNCTION count_removed_datasets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO dataset_counts AS c
        SELECT organization_id, status, pg_backend_pid() % 16, -COUNT(*) FROM old_rows GROUP BY organization_id, status
        ON CONFLICT (organization_id, status, slot) DO UPDATE SET datasets = c.datasets + EXCLUDED.datasets;
    RETURN NULL;
END $$;

-- Only rows whose organization or status changed move between counters; any other update writes none.
CREATE FUNCTION count_changed_datasets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO dataset_counts AS c
        SELECT organization_id, status, pg_backend_pid() % 16, SUM(change) FROM (
            SELECT o.organization_id, o.status, -1 AS change FROM old_rows o JOIN new_rows n ON n.id = o.id
                WHERE o.status <> n.status OR o.organization_id <> n.organization_id
            UNION ALL
            SELECT n.organization_id, n.status, 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
                WHERE o.status <> n.status OR o.organization_id <> n.organization_id) moved
        GROUP BY organization_id, status
        ON CONFLICT (organization_id, status, slot) DO UPDATE SET datasets = c.datasets + EXCLUDED.datasets;
    RETURN NULL;
END $$;

CREATE FUNCTION forget_dataset_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM dataset_counts;
    RETURN NULL;
END $$;

CREATE TRIGGER datasets_counted AFTER INSERT ON datasets REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_new_datasets();
CREATE TRIGGER datasets_uncounted AFTER DELETE ON datasets REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_removed_datasets();
CREATE TRIGGER datasets_recounted AFTER UPDATE ON datasets REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_changed_datasets();
CREATE TRIGGER datasets_truncated AFTER TRUNCATE ON datasets
    FOR EACH STATEMENT EXECUTE FUNCTION forget_dataset_counts();

LOCK TABLE datasets IN SHARE MODE;
INSERT INTO dataset_counts (organization_id, status, slot, datasets)
    SELECT organization_id, status, 0, COUNT(*) FROM datasets GROUP BY organization_id, status;

-- name_pattern. A pattern that starts with letters ('holiday*') reads a range of the first index, whatever the
-- database's collation (text_pattern_ops compares characters). Any other ('*day*', and a pattern without
-- wildcards, which matches anywhere) is answered by trigrams, without reading every name. pg_trgm ships with
-- PostgreSQL and is a trusted extension: the database's owner may create it. Both need the listing planned for
-- its pattern (see JdbcDatasets.planForItsValues).
CREATE INDEX datasets_org_name_prefix ON datasets (organization_id, LOWER(name) text_pattern_ops);
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX datasets_name_trigrams ON datasets USING gin (LOWER(name) gin_trgm_ops);
