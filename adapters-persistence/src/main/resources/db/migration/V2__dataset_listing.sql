-- Listing filters that are columns, so that they can be indexed; everything else of the config stays JSON text.
-- allowed_asset_types keeps the order a client gave; these two flags answer "allows any of" without parsing it.
ALTER TABLE datasets ADD COLUMN allows_image BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE datasets ADD COLUMN allows_video BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE datasets SET allows_image = (allowed_asset_types LIKE '%image%'),
                    allows_video = (allowed_asset_types LIKE '%video%');

-- Every listing is one organization's, in (created_dt, id) order, mostly without deleted datasets.
CREATE INDEX datasets_org_status_created ON datasets (organization_id, status, created_dt, id);
-- The deletion worker looks for datasets being deleted, across organizations.
CREATE INDEX datasets_status ON datasets (status);
