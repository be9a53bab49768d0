-- PostgreSQL only; db/h2 holds H2's equal, without the partial indexes H2 lacks. See FlywayLocations.
--
-- The transactional outbox (JdbcOutbox). A change stores its events here in its own transaction; seq is only
-- the order they were stored in. Their place in the feed, position, is given later by the one relay, to rows
-- already committed: an identity given at insert would commit out of order, and a reader resuming after a
-- position would miss the events of a slower transaction. sent_at is when the broker confirmed the event.
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

-- The feed: one organization's events after a position.
CREATE INDEX dataset_events_feed ON dataset_events (organization_id, position) WHERE position IS NOT NULL;
-- What the relay sequences next, in the order it was stored; stays as small as the backlog.
CREATE INDEX dataset_events_unsequenced ON dataset_events (seq) WHERE position IS NULL;
-- What the relay hands to the broker next, in feed order; stays as small as the backlog.
CREATE INDEX dataset_events_unsent ON dataset_events (position) WHERE position IS NOT NULL AND sent_at IS NULL;

-- The relay: one row, which a relay's transaction locks (FOR UPDATE SKIP LOCKED) for as long as it runs, and
-- the last position it handed out.-- What the retention removes: the feed's events older than it.
CREATE INDEX dataset_events_occurred ON dataset_events (occurred_at) WHERE position IS NOT NULL;

CREATE TABLE event_relay (
    id            INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    last_position     BIGINT  NOT NULL,
    -- the last position whose event the retention removed: a reader after an earlier one may have missed events
    forgotten_through BIGINT  NOT NULL
);
INSERT INTO event_relay (id, last_position, forgotten_through) VALUES (1, 0, 0);
