-- Papers and the door (#11): invitation letters, badges, check-in lists and scans. Version numbers from
-- 100 leave room for the registration schema's own migrations.

-- Registration's own settings of an edition for its invitation letters: who invites, from where, who signs.
CREATE TABLE letter_settings (
    edition              VARCHAR(50)   PRIMARY KEY,
    letterhead_fr        VARCHAR(500)  NOT NULL,
    letterhead_zh        VARCHAR(500)  NOT NULL,
    letterhead_en        VARCHAR(500),
    issuer_fr            VARCHAR(300)  NOT NULL,
    issuer_zh            VARCHAR(300)  NOT NULL,
    issuer_en            VARCHAR(300),
    address_fr           VARCHAR(500)  NOT NULL,
    address_zh           VARCHAR(500)  NOT NULL,
    address_en           VARCHAR(500),
    signatory_name       VARCHAR(200)  NOT NULL,
    signatory_title_fr   VARCHAR(300)  NOT NULL,
    signatory_title_zh   VARCHAR(300)  NOT NULL,
    signatory_title_en   VARCHAR(300),
    programme_title_fr   VARCHAR(300)  NOT NULL,
    programme_title_zh   VARCHAR(300)  NOT NULL,
    programme_title_en   VARCHAR(300),
    purpose_fr           VARCHAR(1000) NOT NULL,
    purpose_zh           VARCHAR(1000) NOT NULL,
    purpose_en           VARCHAR(1000),
    place_fr             VARCHAR(100)  NOT NULL,
    place_zh             VARCHAR(100)  NOT NULL,
    place_en             VARCHAR(100),
    updated_at           TIMESTAMPTZ   NOT NULL
);

-- Letters issued: what the public verification may tell (name, dates, status), never the passport,
-- which is only ever printed. content_hash tells whether a new request needs a new letter.
CREATE TABLE invitation_letter (
    id              UUID          PRIMARY KEY,
    reference       VARCHAR(40)   NOT NULL UNIQUE,
    edition         VARCHAR(50)   NOT NULL,
    participant_id  UUID          NOT NULL REFERENCES participant (id),
    content_hash    VARCHAR(64)   NOT NULL,
    family_name     VARCHAR(100)  NOT NULL,
    given_name      VARCHAR(100)  NOT NULL,
    name_zh         VARCHAR(100),
    stay_from       DATE          NOT NULL,
    stay_to         DATE          NOT NULL,
    issued_at       TIMESTAMPTZ   NOT NULL,
    issued_by       VARCHAR(200)  NOT NULL,
    revoked_at      TIMESTAMPTZ,
    revoked_reason  VARCHAR(30)
);
CREATE UNIQUE INDEX invitation_letter_current ON invitation_letter (participant_id) WHERE revoked_at IS NULL;

-- A participant's badge: the marks organisers add (speaker, organiser) and how often it was printed.
CREATE TABLE badge (
    participant_id  UUID         PRIMARY KEY REFERENCES participant (id),
    edition         VARCHAR(50)  NOT NULL,
    marks           TEXT[]       NOT NULL DEFAULT '{}',
    printed_at      TIMESTAMPTZ,
    prints          INTEGER      NOT NULL DEFAULT 0
);

-- Check-in secrets printed in badges' QR codes, stored as SHA-256 only. Each print retires the
-- previous one (kept so that an old badge answers "revoked" rather than "unknown").
CREATE TABLE badge_secret (
    secret_hash     VARCHAR(64)  PRIMARY KEY,
    participant_id  UUID         NOT NULL REFERENCES participant (id),
    issued_at       TIMESTAMPTZ  NOT NULL,
    retired_at      TIMESTAMPTZ
);
CREATE UNIQUE INDEX badge_secret_current ON badge_secret (participant_id) WHERE retired_at IS NULL;

-- Doors to check people in at: the entry of a day, the gala dinner, a field visit, a shuttle.
CREATE TABLE checkin_list (
    id          UUID          PRIMARY KEY,
    edition     VARCHAR(50)   NOT NULL,
    code        VARCHAR(60)   NOT NULL,
    name_fr     VARCHAR(300)  NOT NULL,
    name_zh     VARCHAR(300)  NOT NULL,
    name_en     VARCHAR(300),
    kind        VARCHAR(20)   NOT NULL,
    admits      VARCHAR(20)   NOT NULL,
    day         DATE,
    session     VARCHAR(60),
    members     UUID[]        NOT NULL DEFAULT '{}',
    created_at  TIMESTAMPTZ   NOT NULL,
    UNIQUE (edition, code)
);

-- One check-in per person and list: the primary key is what makes two devices scanning the same
-- badge at once end in one check-in.
CREATE TABLE checkin (
    list_id         UUID          NOT NULL REFERENCES checkin_list (id),
    participant_id  UUID          NOT NULL REFERENCES participant (id),
    checked_in_at   TIMESTAMPTZ   NOT NULL,
    device          VARCHAR(100)  NOT NULL,
    gate            VARCHAR(100),
    forced          BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (list_id, participant_id)
);

-- Every scan by its device nonce, with the answer given: a replay of the nonce gets the same answer.
CREATE TABLE checkin_scan (
    nonce           VARCHAR(100)  PRIMARY KEY,
    list_id         UUID          NOT NULL REFERENCES checkin_list (id),
    secret_hash     VARCHAR(64)   NOT NULL,
    result          VARCHAR(30)   NOT NULL,
    participant_id  UUID,
    answer          TEXT          NOT NULL,
    scanned_at      TIMESTAMPTZ   NOT NULL
);
