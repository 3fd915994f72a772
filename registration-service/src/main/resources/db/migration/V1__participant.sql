CREATE TABLE participant (
    id           UUID         PRIMARY KEY,
    edition      VARCHAR(50)  NOT NULL,
    side         VARCHAR(20)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    family_name  VARCHAR(100) NOT NULL,
    given_name   VARCHAR(100) NOT NULL,
    name_zh      VARCHAR(100),
    organisation VARCHAR(200) NOT NULL,
    email        VARCHAR(254),
    created_at   TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX participant_edition ON participant (edition);
