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

CREATE FUNCTION count_dataset_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    my_slot SMALLINT := pg_backend_pid() % 16;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO dataset_counts AS c VALUES (OLD.organization_id, OLD.status, my_slot, -1)
            ON CONFLICT (organization_id, status, slot) DO UPDATE SET datasets = c.datasets - 1;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO dataset_counts AS c VALUES (NEW.organization_id, NEW.status, my_slot, 1)
            ON CONFLICT (organization_id, status, slot) DO UPDATE SET datasets = c.datasets + 1;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION forget_dataset_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM dataset_counts;
    RETURN NULL;
END $$;

CREATE TRIGGER datasets_counted AFTER INSERT OR DELETE ON datasets
    FOR EACH ROW EXECUTE FUNCTION count_dataset_change();
CREATE TRIGGER datasets_recounted AFTER UPDATE OF organization_id, status ON datasets
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.organization_id IS DISTINCT FROM NEW.organization_id)
    EXECUTE FUNCTION count_dataset_change();
CREATE TRIGGER datasets_truncated AFTER TRUNCATE ON datasets
    FOR EACH STATEMENT EXECUTE FUNCTION forget_dataset_counts();

LOCK TABLE datasets IN SHARE MODE;
INSERT INTO dataset_counts (organization_id, status, slot, datasets)
    SELECT organization_id, status, 0, COUNT(*) FROM datasets GROUP BY organization_id, status;

-- name_pattern: a trigram index answers LOWER(name) LIKE '%...%' without reading every name. pg_trgm ships
-- with PostgreSQL and is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX datasets_name_trigrams ON datasets USING gin (LOWER(name) gin_trgm_ops);
