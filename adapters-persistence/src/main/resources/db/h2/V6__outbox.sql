-- H2 only; db/postgresql holds PostgreSQL's equal, with the reasons. H2 has no partial indexes: its indexes hold
-- every row, which the embedded default's sizes allow.
CREATE TABLE dataset_events (
    seq             BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id              UUID         NOT NULL,
    organization_id VARCHAR(255) NOT NULL,
    dataset_id      UUID         NOT NULL,
    type            VARCHAR(255) NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    body            TEXT         NOT NULL,
    position        BIGINT,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT dataset_events_id UNIQUE (id),
    CONSTRAINT dataset_events_position UNIQUE (position)
);

CREATE INDEX dataset_events_feed ON dataset_events (organization_id, position);
CREATE INDEX dataset_events_unsequenced ON dataset_events (position, seq);
CREATE INDEX dataset_events_unsent ON dataset_events (sent_at, position);
-- What the retention removes: the feed's events older than it.
CREATE INDEX dataset_events_occurred ON dataset_events (occurred_at);

CREATE TABLE event_relay (
    id            INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    last_position     BIGINT  NOT NULL,
    -- the last position whose event the retention removed: a reader after an earlier one may have missed events
    forgotten_through BIGINT  NOT NULL
);
INSERT INTO event_relay (id, last_position, forgotten_through) VALUES (1, 0, 0);
