-- The listing's order with the status in the index itself: a listing that leaves deleted datasets out finds its
-- page, at any depth, from index entries alone, without reading the rows it skips.
CREATE INDEX datasets_org_created_status ON datasets (organization_id, created_dt, id, status);
DROP INDEX datasets_org_created;
