-- APCAE's feed (issue 12): every change to a delegation member, in one order, and the webhook
-- subscriptions that push it.

-- One row per change. seq is the order and the cursor: it is taken from feed_counter under that row's
-- lock, so entries commit in seq order and a reader that saw seq N never later finds an entry below N.
CREATE TABLE feed_counter (
    id   int PRIMARY KEY CHECK (id = 1),
    last bigint NOT NULL
);
INSERT INTO feed_counter (id, last) VALUES (1, 0);

CREATE TABLE feed_entry (
    seq                 bigint PRIMARY KEY,
    id                  uuid NOT NULL UNIQUE,
    source_event_id     uuid NOT NULL,
    type                text NOT NULL,
    edition             text NOT NULL,
    participant_id      uuid NOT NULL,
    apcae_person_id     text,
    delegation_apcae_id text NOT NULL,
    owner               text,
    occurred_at         timestamptz NOT NULL,
    recorded_at         timestamptz NOT NULL,
    data                jsonb NOT NULL,
    -- The same source event never makes the same entry twice, whatever the consumers' bookkeeping.
    UNIQUE (source_event_id, type)
);
CREATE INDEX feed_entry_owner_seq ON feed_entry (owner, seq);

-- What logistics last said of a participant, to tell which part (hotel, pickups, shuttles) changed.
CREATE TABLE feed_assignment_state (
    participant_id uuid PRIMARY KEY,
    hotel          jsonb,
    pickups        jsonb NOT NULL,
    shuttle_seats  jsonb NOT NULL
);

CREATE TABLE webhook_subscription (
    id              uuid PRIMARY KEY,
    owner           text NOT NULL,
    organiser       boolean NOT NULL,
    url             text NOT NULL,
    types           text[] NOT NULL,
    secret          text NOT NULL,
    status          text NOT NULL CHECK (status IN ('ACTIVE', 'FAILED')),
    position        bigint NOT NULL,
    attempts        int NOT NULL DEFAULT 0,
    failing_since   timestamptz,
    next_attempt_at timestamptz NOT NULL,
    leased_until    timestamptz,
    last_error      text,
    last_delivered_at timestamptz,
    failed_at       timestamptz,
    created_at      timestamptz NOT NULL
);
CREATE INDEX webhook_subscription_due ON webhook_subscription (next_attempt_at) WHERE status = 'ACTIVE';
