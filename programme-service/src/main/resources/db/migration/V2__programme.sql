-- An edition and its days: sessions outside them are flagged.
CREATE TABLE edition (
    code                 VARCHAR(50)  PRIMARY KEY,
    title_fr             VARCHAR(300) NOT NULL,
    title_zh             VARCHAR(300) NOT NULL,
    title_en             VARCHAR(300),
    start_date           DATE         NOT NULL,
    end_date             DATE         NOT NULL,
    time_zone            VARCHAR(60)  NOT NULL,
    reference_loaded_at  TIMESTAMPTZ,
    CHECK (end_date >= start_date)
);

CREATE TABLE room (
    id         UUID         PRIMARY KEY,
    venue_id   UUID         NOT NULL REFERENCES venue (id),
    name_fr    VARCHAR(200) NOT NULL,
    name_zh    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200),
    capacity   INTEGER      CHECK (capacity IS NULL OR capacity > 0),
    created_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX room_venue ON room (venue_id);

CREATE TABLE programme_session (
    id               UUID          PRIMARY KEY,
    number           BIGINT        GENERATED ALWAYS AS IDENTITY UNIQUE,
    edition          VARCHAR(50)   NOT NULL REFERENCES edition (code),
    code             VARCHAR(80)   NOT NULL,
    kind             VARCHAR(40)   NOT NULL,
    title_fr         VARCHAR(300)  NOT NULL,
    title_zh         VARCHAR(300)  NOT NULL,
    title_en         VARCHAR(300),
    description_fr   VARCHAR(4000),
    description_zh   VARCHAR(4000),
    description_en   VARCHAR(4000),
    theme            VARCHAR(40),
    room_id          UUID          REFERENCES room (id),
    starts_at        TIMESTAMPTZ   NOT NULL,
    ends_at          TIMESTAMPTZ   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    capacity         INTEGER       CHECK (capacity IS NULL OR capacity > 0),
    audience         VARCHAR(20)   NOT NULL,
    mandatory        BOOLEAN       NOT NULL DEFAULT FALSE,
    french_chair_fr  VARCHAR(300),
    french_chair_zh  VARCHAR(300),
    chinese_chair_fr VARCHAR(300),
    chinese_chair_zh VARCHAR(300),
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    CHECK (ends_at > starts_at),
    UNIQUE (edition, code)
);
CREATE INDEX programme_session_room ON programme_session (room_id);

CREATE TABLE speaker (
    id           UUID          PRIMARY KEY,
    edition      VARCHAR(50)   NOT NULL REFERENCES edition (code),
    name_latin   VARCHAR(200)  NOT NULL,
    name_zh      VARCHAR(200),
    organisation VARCHAR(300),
    country      VARCHAR(2),
    languages    VARCHAR(100),
    bio          VARCHAR(2000),
    created_at   TIMESTAMPTZ   NOT NULL
);
CREATE INDEX speaker_edition ON speaker (edition);

CREATE TABLE intervention (
    id               UUID         PRIMARY KEY,
    session_id       UUID         NOT NULL REFERENCES programme_session (id),
    speaker_id       UUID         NOT NULL REFERENCES speaker (id),
    title_fr         VARCHAR(300) NOT NULL,
    title_zh         VARCHAR(300) NOT NULL,
    title_en         VARCHAR(300),
    position         INTEGER      NOT NULL CHECK (position > 0),
    duration_minutes INTEGER      NOT NULL CHECK (duration_minutes > 0),
    status           VARCHAR(20)  NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    UNIQUE (session_id, position)
);
CREATE INDEX intervention_speaker ON intervention (speaker_id);

-- "Reste à définir": what is still open on a session or a side event, with whom and by when.
CREATE TABLE open_item (
    id          UUID          PRIMARY KEY,
    edition     VARCHAR(50)   NOT NULL REFERENCES edition (code),
    session_id  UUID          REFERENCES programme_session (id),
    subject     VARCHAR(200),
    description VARCHAR(2000) NOT NULL,
    owner       VARCHAR(200)  NOT NULL,
    due_date    DATE          NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    CHECK (session_id IS NOT NULL OR subject IS NOT NULL)
);
CREATE INDEX open_item_edition_due ON open_item (edition, due_date);

-- A published version: the whole programme frozen as JSON; never updated.
CREATE TABLE programme_version (
    edition               VARCHAR(50)  NOT NULL REFERENCES edition (code),
    number                INTEGER      NOT NULL CHECK (number > 0),
    published_at          TIMESTAMPTZ  NOT NULL,
    published_by          VARCHAR(200),
    session_count         INTEGER      NOT NULL,
    acknowledged_warnings INTEGER      NOT NULL,
    snapshot              JSONB        NOT NULL,
    PRIMARY KEY (edition, number)
);

-- Registration's participants as far as sign-up counts need them: their status and current choices.
CREATE TABLE participant_signup (
    participant_id UUID         PRIMARY KEY,
    edition        VARCHAR(50)  NOT NULL,
    status         VARCHAR(30)  NOT NULL,
    event_time     TIMESTAMPTZ
);

CREATE TABLE participant_choice (
    participant_id UUID         NOT NULL REFERENCES participant_signup (participant_id),
    edition        VARCHAR(50)  NOT NULL,
    session_code   VARCHAR(80)  NOT NULL,
    PRIMARY KEY (participant_id, session_code)
);
CREATE INDEX participant_choice_edition ON participant_choice (edition, session_code);
