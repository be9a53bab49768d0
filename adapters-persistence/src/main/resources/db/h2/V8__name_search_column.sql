-- H2 only; PostgreSQL has had its equal since V4 (datasets_org_name_prefix, on LOWER(name)). H2 indexes no
-- expression, so the lower-cased name is a generated column, indexed with the organization: a name_pattern that
-- starts with letters then reads a range of that index instead of every name of the organization.
ALTER TABLE datasets ADD COLUMN name_lower VARCHAR(128) GENERATED ALWAYS AS (LOWER(name));
CREATE INDEX datasets_org_name_lower ON datasets (organization_id, name_lower);

-- H2 chose this index for every listing, then read and sorted all of the organization's entries for a page of
-- ten; without it, a listing reads datasets_org_created_status in its order and stops at the page's end.
DROP INDEX datasets_org_status_created;
