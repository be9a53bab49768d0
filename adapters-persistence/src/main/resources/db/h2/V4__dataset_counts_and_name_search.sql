-- H2 only; db/postgresql holds PostgreSQL's equal, with the reasons. H2 has no trigram index: name_pattern
-- reads the organization's names there, which the embedded default's sizes allow. Its counters have one slot.
CREATE TABLE dataset_counts (
    organization_id VARCHAR(255) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    slot            SMALLINT     NOT NULL,
    datasets        BIGINT       NOT NULL,
    PRIMARY KEY (organization_id, status, slot)
);

CREATE TRIGGER datasets_counted AFTER INSERT, UPDATE, DELETE ON datasets
    FOR EACH ROW CALL 'dev.corpora.persistence.dataset.H2DatasetCounts';

INSERT INTO dataset_counts (organization_id, status, slot, datasets)
    SELECT organization_id, status, 0, COUNT(*) FROM datasets GROUP BY organization_id, status;
