-- What logistics knows of each participant, kept from registration-service's events.
CREATE TABLE participant (
    id                UUID         PRIMARY KEY,
    edition           VARCHAR(50)  NOT NULL,
    side              VARCHAR(20)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    family_name       VARCHAR(100) NOT NULL,
    given_name        VARCHAR(100) NOT NULL,
    name_zh           VARCHAR(100),
    organisation      VARCHAR(200),
    delegation_id     VARCHAR(100),
    vip               BOOLEAN      NOT NULL DEFAULT FALSE,
    hotel_needed      BOOLEAN      NOT NULL DEFAULT FALSE,
    arrival_at        TIMESTAMPTZ,
    arrival_transport VARCHAR(100),
    arrival_place     VARCHAR(100),
    departure_at      TIMESTAMPTZ,
    departure_transport VARCHAR(100),
    departure_place   VARCHAR(100),
    field_visit       VARCHAR(100),
    last_event_id     UUID         NOT NULL,
    last_event_type   VARCHAR(200) NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX participant_edition ON participant (edition);
