-- One schema for PostgreSQL (production) and H2 (embedded default, PostgreSQL mode): portable SQL only.
--
-- Name uniqueness: name_key is lower(name) while the dataset holds its name (active, inactive) and NULL once
-- it is deleting or deleted. A plain unique index on (organization_id, name_key) then gives the partial
-- unique index's behaviour on both databases, since NULLs never collide.
CREATE TABLE datasets (
    id                          UUID          NOT NULL PRIMARY KEY,
    organization_id             VARCHAR(255)  NOT NULL,
    name                        VARCHAR(128)  NOT NULL,
    name_key                    VARCHAR(128),
    description                 VARCHAR(2000),
    status                      VARCHAR(16)   NOT NULL,
    encoder_name                VARCHAR(64)   NOT NULL,
    allowed_asset_types         VARCHAR(64)   NOT NULL,
    keyframe_sampling_method    VARCHAR(16)   NOT NULL,
    keyframe_fps                DOUBLE PRECISION,
    store_original              BOOLEAN       NOT NULL,
    store_preview               BOOLEAN       NOT NULL,
    metadata_fields_to_index    TEXT,
    metadata_fields_to_embed    TEXT,
    dataset_config              TEXT          NOT NULL,
    celebrity_detection_enabled BOOLEAN       NOT NULL,
    context_studio_enabled      BOOLEAN       NOT NULL,
    new_video_data_model        BOOLEAN       NOT NULL,
    add_to_permit               BOOLEAN       NOT NULL,
    created_dt                  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                  VARCHAR(255)  NOT NULL,
    updated_dt                  TIMESTAMP WITH TIME ZONE,
    updated_by                  VARCHAR(255),
    deleted_dt                  TIMESTAMP WITH TIME ZONE,
    deleted_by                  VARCHAR(255),
    version                     BIGINT        NOT NULL
);

CREATE UNIQUE INDEX datasets_name_per_org ON datasets (organization_id, name_key);
CREATE INDEX datasets_org_created ON datasets (organization_id, created_dt, id);

CREATE TABLE api_clients (
    client_id       VARCHAR(255) NOT NULL PRIMARY KEY,
    organization_id VARCHAR(255) NOT NULL,
    roles           VARCHAR(64)  NOT NULL,
    secret_hash     VARCHAR(255) NOT NULL,
    created_dt      TIMESTAMP WITH TIME ZONE NOT NULL
);
