-- Bucket4j's table for the failed-login allowances (see LoginAllowances): one row per client id or address that
-- failed lately, its bucket's state, and when that state no longer matters (epoch milliseconds).
CREATE TABLE login_allowances (
    id         VARCHAR(600) NOT NULL PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX login_allowances_expiry ON login_allowances (expires_at);
