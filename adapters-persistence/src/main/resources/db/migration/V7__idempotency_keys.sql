-- Idempotency keys (see JdbcIdempotencyKeys): one row per organization and key, claimed by the insert that the
-- primary key lets through. The request it was first sent with (method, path, SHA-256 of the body), who holds it
-- (owner_token, until lease_until while state is 'running') and, once 'done', the answer to give again: status,
-- headers as "Name: value" lines, body. A row past expires_at counts as absent and is deleted now and then.
CREATE TABLE idempotency_keys (
    organization_id  VARCHAR(255)  NOT NULL,
    idempotency_key  VARCHAR(255)  NOT NULL,
    request_method   VARCHAR(16)   NOT NULL,
    request_path     VARCHAR(2048) NOT NULL,
    request_digest   VARCHAR(64)   NOT NULL,
    owner_token      UUID          NOT NULL,
    state            VARCHAR(16)   NOT NULL CHECK (state IN ('running', 'done')),
    lease_until      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    response_status  INTEGER,
    response_headers TEXT,
    response_body    BYTEA,
    PRIMARY KEY (organization_id, idempotency_key)
);
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
