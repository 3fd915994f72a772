-- Editions of the Assises, each with its dates, venue and time zone.
CREATE TABLE edition (
    code        VARCHAR(50)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    time_zone   VARCHAR(60)  NOT NULL,
    venue       VARCHAR(300) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    CHECK (ends_on >= starts_on)
);

-- Seats: one row for the whole edition (side and category null), one per side, one per capped
-- category. "used" never exceeds "size": the CHECK is the last line of defence behind the
-- per-edition advisory lock that every seat-changing transaction takes.
CREATE TABLE quota (
    id        BIGSERIAL   PRIMARY KEY,
    edition   VARCHAR(50) NOT NULL REFERENCES edition (code),
    side      VARCHAR(20),
    category  VARCHAR(40),
    size      INTEGER     NOT NULL CHECK (size >= 0),
    used      INTEGER     NOT NULL DEFAULT 0 CHECK (used >= 0),
    CHECK (used <= size),
    CHECK (side IS NULL OR category IS NULL)
);
CREATE UNIQUE INDEX quota_scope ON quota (edition, COALESCE(side, ''), COALESCE(category, ''));

-- Workshops and field visits participants choose from: registration's own read model, seeded per
-- edition, then kept up to date from programme-service's session events. Keyed by (edition, code).
CREATE TABLE catalogue_item (
    id          BIGSERIAL    PRIMARY KEY,
    edition     VARCHAR(50)  NOT NULL,
    code        VARCHAR(60)  NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    title_fr    VARCHAR(300) NOT NULL,
    title_zh    VARCHAR(300) NOT NULL,
    title_en    VARCHAR(300),
    capacity    INTEGER      CHECK (capacity IS NULL OR capacity >= 0),
    taken       INTEGER      NOT NULL DEFAULT 0 CHECK (taken >= 0),
    open        BOOLEAN      NOT NULL DEFAULT TRUE,
    session_id  UUID,
    updated_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (edition, code)
);

-- APCAE's delegations, by APCAE's own id; owner is the token subject that pushed it first.
CREATE TABLE delegation (
    id             UUID         PRIMARY KEY,
    edition        VARCHAR(50)  NOT NULL REFERENCES edition (code),
    apcae_id       VARCHAR(60)  NOT NULL,
    owner          VARCHAR(200),
    name           VARCHAR(300),
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    UNIQUE (edition, apcae_id)
);

CREATE SEQUENCE waitlist_rank_seq;

CREATE TABLE participant (
    id                     UUID          PRIMARY KEY,
    edition                VARCHAR(50)   NOT NULL REFERENCES edition (code),
    side                   VARCHAR(20)   NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    category               VARCHAR(40),
    civility               VARCHAR(10),
    family_name            VARCHAR(100)  NOT NULL,
    given_name             VARCHAR(100)  NOT NULL,
    name_zh                VARCHAR(100),
    gender                 VARCHAR(10),
    date_of_birth          DATE,
    organisation           VARCHAR(200)  NOT NULL,
    province               VARCHAR(100),
    city                   VARCHAR(100),
    function               VARCHAR(200),
    email                  VARCHAR(254),
    phone                  VARCHAR(40),
    languages              TEXT[]        NOT NULL DEFAULT '{}',
    interpretation_needed  BOOLEAN       NOT NULL DEFAULT FALSE,
    dietary_needs          VARCHAR(500),
    gala_dinner            BOOLEAN       NOT NULL DEFAULT FALSE,
    workshops              TEXT[]        NOT NULL DEFAULT '{}',
    field_visit            VARCHAR(60),
    arrival_at             TIMESTAMPTZ,
    arrival_transport      VARCHAR(100),
    arrival_place          VARCHAR(100),
    departure_at           TIMESTAMPTZ,
    departure_transport    VARCHAR(100),
    departure_place        VARCHAR(100),
    hotel_needed           BOOLEAN       NOT NULL DEFAULT FALSE,
    vip                    BOOLEAN       NOT NULL DEFAULT FALSE,
    delegation_id          UUID          REFERENCES delegation (id),
    apcae_person_id        VARCHAR(60),
    source_hash            VARCHAR(64),
    passport_number        VARCHAR(20),
    passport_expires_on    DATE,
    token_hash             VARCHAR(64),
    waitlist_rank          BIGINT,
    created_at             TIMESTAMPTZ   NOT NULL,
    updated_at             TIMESTAMPTZ   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX participant_edition_status ON participant (edition, side, status);
CREATE INDEX participant_waitlist ON participant (edition, side, waitlist_rank) WHERE status = 'WAITLISTED';
CREATE UNIQUE INDEX participant_token ON participant (token_hash) WHERE token_hash IS NOT NULL;
-- One active registration per e-mail and edition (a cancelled person may register again).
CREATE UNIQUE INDEX participant_email ON participant (edition, lower(email))
    WHERE email IS NOT NULL AND status IN ('CONFIRMED', 'WAITLISTED');
CREATE UNIQUE INDEX participant_delegation_member ON participant (delegation_id, apcae_person_id)
    WHERE delegation_id IS NOT NULL;

-- Answers of writes a client may retry with an Idempotency-Key, written in the same transaction
-- as the write itself.
CREATE TABLE idempotency_record (
    scope         VARCHAR(400)  NOT NULL,
    key           VARCHAR(200)  NOT NULL,
    request_hash  VARCHAR(64)   NOT NULL,
    status        INTEGER,
    location      VARCHAR(300),
    body          TEXT,
    created_at    TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (scope, key)
);
