-- Bucket4j's token buckets (see ThrottleBuckets): failed-login allowances per client id and per address, and
-- request allowances per organization. One row per key, its bucket's state, and when that state no longer
-- matters (epoch milliseconds).
CREATE TABLE throttle_buckets (
    id         VARCHAR(600) NOT NULL PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX throttle_buckets_expiry ON throttle_buckets (expires_at);
