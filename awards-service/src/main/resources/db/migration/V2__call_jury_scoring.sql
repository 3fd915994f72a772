-- The whole prize workflow: the call (rulebook, criteria, prizes, dates), applications, the jury and
-- its conflicts, scores with their history, the deliberation and the embargoed results.

-- Editions as programme-service publishes them (programme.editions): awards' own read model.
CREATE TABLE edition (
    code        VARCHAR(50)  PRIMARY KEY,
    name_fr     VARCHAR(2000) NOT NULL,
    name_zh     VARCHAR(2000) NOT NULL,
    name_en     VARCHAR(2000),
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    time_zone   VARCHAR(60)  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);

-- The call of an edition: its rulebook and calendar. results_published_at is the embargo's guard:
-- set once, by a conditional UPDATE, in the transaction that writes the one results event.
CREATE TABLE award_call (
    edition                 VARCHAR(50)   PRIMARY KEY REFERENCES edition (code),
    rules_fr                TEXT          NOT NULL,
    rules_zh                TEXT          NOT NULL,
    rules_en                TEXT,
    eligibility_fr          TEXT          NOT NULL,
    eligibility_zh          TEXT          NOT NULL,
    eligibility_en          TEXT,
    themes                  JSONB         NOT NULL,
    scale_min               INTEGER       NOT NULL,
    scale_max               INTEGER       NOT NULL CHECK (scale_max > scale_min),
    aggregation             VARCHAR(10)   NOT NULL,
    quorum                  INTEGER       NOT NULL CHECK (quorum >= 2),
    jurors_per_side         INTEGER       NOT NULL CHECK (jurors_per_side >= 1),
    disagreement            NUMERIC(8, 3) NOT NULL,
    deliberation_quorum     INTEGER       NOT NULL CHECK (deliberation_quorum >= 2),
    opens_at                TIMESTAMPTZ   NOT NULL,
    closes_at               TIMESTAMPTZ   NOT NULL CHECK (closes_at > opens_at),
    scoring_opens_at        TIMESTAMPTZ   NOT NULL,
    scoring_closes_at       TIMESTAMPTZ   NOT NULL CHECK (scoring_closes_at > scoring_opens_at),
    ceremony_at             TIMESTAMPTZ   NOT NULL,
    results_published_at    TIMESTAMPTZ,
    updated_at              TIMESTAMPTZ   NOT NULL
);

CREATE TABLE criterion (
    id          UUID          PRIMARY KEY,
    edition     VARCHAR(50)   NOT NULL REFERENCES award_call (edition),
    code        VARCHAR(50)   NOT NULL,
    position    INTEGER       NOT NULL,
    name_fr     VARCHAR(2000) NOT NULL,
    name_zh     VARCHAR(2000) NOT NULL,
    name_en     VARCHAR(2000),
    weight      NUMERIC(8, 3) NOT NULL CHECK (weight > 0),
    UNIQUE (edition, code)
);

-- Prizes: per theme, or special (no theme). The old table becomes this one.
DROP TABLE prize;
CREATE TABLE prize (
    id          UUID          PRIMARY KEY,
    edition     VARCHAR(50)   NOT NULL REFERENCES edition (code),
    code        VARCHAR(50)   NOT NULL,
    theme       VARCHAR(30),
    name_fr     VARCHAR(2000) NOT NULL,
    name_zh     VARCHAR(2000) NOT NULL,
    name_en     VARCHAR(2000),
    award_fr    VARCHAR(2000) NOT NULL,
    award_zh    VARCHAR(2000) NOT NULL,
    award_en    VARCHAR(2000),
    laureates   INTEGER       NOT NULL CHECK (laureates BETWEEN 1 AND 20),
    created_at  TIMESTAMPTZ   NOT NULL,
    UNIQUE (edition, code)
);

CREATE TABLE application (
    id                  UUID          PRIMARY KEY,
    edition             VARCHAR(50)   NOT NULL REFERENCES edition (code),
    theme               VARCHAR(30)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    status_reason       VARCHAR(2000),
    french_name_fr      VARCHAR(300)  NOT NULL,
    french_name_zh      VARCHAR(300)  NOT NULL,
    french_name_en      VARCHAR(300),
    french_region       VARCHAR(200)  NOT NULL,
    chinese_name_fr     VARCHAR(300)  NOT NULL,
    chinese_name_zh     VARCHAR(300)  NOT NULL,
    chinese_name_en     VARCHAR(300),
    chinese_province    VARCHAR(200)  NOT NULL,
    title_fr            VARCHAR(2000) NOT NULL,
    title_zh            VARCHAR(2000) NOT NULL,
    title_en            VARCHAR(2000),
    summary_fr          VARCHAR(2000) NOT NULL,
    summary_zh          VARCHAR(2000) NOT NULL,
    summary_en          VARCHAR(2000),
    innovation          VARCHAR(4000) NOT NULL,
    results             VARCHAR(4000) NOT NULL,
    film_url            VARCHAR(500)  NOT NULL,
    contacts            JSONB         NOT NULL,
    token_hash          CHAR(64)      NOT NULL,
    submitted_at        TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL
);
CREATE INDEX application_edition ON application (edition, status);

-- The first answer of a submission sent with an Idempotency-Key: under the key's hash only; the
-- management token of a retry is derived again from the client's key and the stored salt.
CREATE TABLE submission_key (
    key_hash        CHAR(64)     PRIMARY KEY,
    request_hash    CHAR(64)     NOT NULL,
    application_id  UUID         NOT NULL REFERENCES application (id),
    salt            VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);

CREATE TABLE juror (
    id              UUID          PRIMARY KEY,
    edition         VARCHAR(50)   NOT NULL REFERENCES edition (code),
    subject         VARCHAR(200)  NOT NULL,
    name            VARCHAR(300)  NOT NULL,
    name_zh         VARCHAR(300),
    side            VARCHAR(10)   NOT NULL,
    organisation    VARCHAR(300)  NOT NULL,
    region          VARCHAR(200),
    partnerships    JSONB         NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    UNIQUE (edition, subject)
);

CREATE TABLE assignment (
    juror_id        UUID         NOT NULL REFERENCES juror (id),
    application_id  UUID         NOT NULL REFERENCES application (id),
    origin          VARCHAR(10)  NOT NULL,
    assigned_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (juror_id, application_id)
);
CREATE INDEX assignment_application ON assignment (application_id);

CREATE TABLE conflict (
    id              UUID          PRIMARY KEY,
    edition         VARCHAR(50)   NOT NULL REFERENCES edition (code),
    juror_id        UUID          NOT NULL REFERENCES juror (id),
    application_id  UUID          NOT NULL REFERENCES application (id),
    type            VARCHAR(30)   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    origin          VARCHAR(10)   NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    decided_at      TIMESTAMPTZ,
    decided_by      VARCHAR(200),
    UNIQUE (juror_id, application_id)
);

-- One juror's scores on one application: criterion code -> score on the rulebook's scale.
CREATE TABLE score_sheet (
    juror_id        UUID          NOT NULL REFERENCES juror (id),
    application_id  UUID          NOT NULL REFERENCES application (id),
    edition         VARCHAR(50)   NOT NULL,
    scores          JSONB         NOT NULL,
    comment         VARCHAR(4000),
    comment_language VARCHAR(2),
    updated_at      TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (juror_id, application_id)
);
CREATE INDEX score_sheet_edition ON score_sheet (edition);

-- Every change of a score sheet, and every exclusion of one by a conflict: who, when, before, after.
CREATE TABLE score_change (
    id              UUID          PRIMARY KEY,
    juror_id        UUID          NOT NULL REFERENCES juror (id),
    application_id  UUID          NOT NULL REFERENCES application (id),
    kind            VARCHAR(20)   NOT NULL,
    changed_by      VARCHAR(200)  NOT NULL,
    changed_at      TIMESTAMPTZ   NOT NULL,
    before_scores   JSONB,
    after_scores    JSONB,
    note            VARCHAR(2000)
);
CREATE INDEX score_change_application ON score_change (application_id, changed_at);

CREATE TABLE deliberation (
    edition         VARCHAR(50)   PRIMARY KEY REFERENCES award_call (edition),
    status          VARCHAR(10)   NOT NULL,
    held_at         TIMESTAMPTZ   NOT NULL,
    present         JSONB         NOT NULL,
    opened_by       VARCHAR(200)  NOT NULL,
    closed_at       TIMESTAMPTZ,
    closed_by       VARCHAR(200)
);

CREATE TABLE recusal (
    edition         VARCHAR(50)   NOT NULL REFERENCES deliberation (edition),
    juror_id        UUID          NOT NULL REFERENCES juror (id),
    application_id  UUID          NOT NULL REFERENCES application (id),
    reason          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (juror_id, application_id)
);

CREATE TABLE decision (
    application_id  UUID          PRIMARY KEY REFERENCES application (id),
    edition         VARCHAR(50)   NOT NULL REFERENCES deliberation (edition),
    outcome         VARCHAR(15)   NOT NULL,
    prize_id        UUID          REFERENCES prize (id),
    votes_for       INTEGER       NOT NULL CHECK (votes_for >= 0),
    votes_against   INTEGER       NOT NULL CHECK (votes_against >= 0),
    abstentions     INTEGER       NOT NULL CHECK (abstentions >= 0),
    reason          VARCHAR(2000) NOT NULL,
    decided_at      TIMESTAMPTZ   NOT NULL,
    decided_by      VARCHAR(200)  NOT NULL,
    CHECK ((outcome = 'LAUREATE') = (prize_id IS NOT NULL))
);
CREATE INDEX decision_prize ON decision (prize_id);
