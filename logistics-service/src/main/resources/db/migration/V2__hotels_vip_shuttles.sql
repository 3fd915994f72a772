-- What logistics plans: its own settings of each edition (learned from programme-service), places,
-- hotels and room blocks, room assignments, VIP transfers, shuttles, and the list of plan changes.

ALTER TABLE participant
    ADD COLUMN delegation_owner VARCHAR(200),
    ADD COLUMN category         VARCHAR(50),
    ADD COLUMN gala_dinner      BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN languages        TEXT[]  NOT NULL DEFAULT '{}';

-- An edition as programme-service announces it, with logistics' own settings of it.
CREATE TABLE edition (
    code                     VARCHAR(50)   PRIMARY KEY,
    name_fr                  VARCHAR(2000) NOT NULL,
    name_zh                  VARCHAR(2000) NOT NULL,
    name_en                  VARCHAR(2000),
    starts_on                DATE          NOT NULL,
    ends_on                  DATE          NOT NULL,
    time_zone                VARCHAR(60)   NOT NULL,
    venue_fr                 VARCHAR(2000),
    venue_zh                 VARCHAR(2000),
    venue_en                 VARCHAR(2000),
    venue_address            VARCHAR(300),
    updated_at               TIMESTAMPTZ   NOT NULL,
    spec_max_price           NUMERIC(10,2),
    spec_kettle_required     BOOLEAN       NOT NULL DEFAULT FALSE,
    spec_amenities           TEXT[]        NOT NULL DEFAULT '{}',
    spec_max_distance_m      INTEGER,
    spec_max_walk_minutes    INTEGER,
    spec_min_stars           INTEGER,
    planned_at               TIMESTAMPTZ,
    pickup_margin_minutes    INTEGER       NOT NULL DEFAULT 20,
    arrival_window_minutes   INTEGER       NOT NULL DEFAULT 90,
    morning_run_at           TIME          NOT NULL DEFAULT '08:15'
);

-- Places shuttles and cars go to: the venue(s), airports, stations, the fair, the dinner, visit sites.
CREATE TABLE place (
    id          UUID          PRIMARY KEY,
    edition     VARCHAR(50)   NOT NULL REFERENCES edition (code),
    code        VARCHAR(50)   NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    name_fr     VARCHAR(300)  NOT NULL,
    name_zh     VARCHAR(300)  NOT NULL,
    name_en     VARCHAR(300),
    address     VARCHAR(300),
    latitude    DOUBLE PRECISION NOT NULL,
    longitude   DOUBLE PRECISION NOT NULL,
    venue_name  VARCHAR(300),
    UNIQUE (edition, code)
);

CREATE TABLE hotel (
    id                 UUID          PRIMARY KEY,
    edition            VARCHAR(50)   NOT NULL REFERENCES edition (code),
    code               VARCHAR(50)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    address            VARCHAR(300)  NOT NULL,
    latitude           DOUBLE PRECISION NOT NULL,
    longitude          DOUBLE PRECISION NOT NULL,
    stars              INTEGER       NOT NULL,
    price_per_night    NUMERIC(10,2) NOT NULL,
    breakfast_included BOOLEAN       NOT NULL,
    breakfast_price    NUMERIC(10,2),
    kettle             BOOLEAN       NOT NULL,
    amenities          TEXT[]        NOT NULL DEFAULT '{}',
    contact_name       VARCHAR(200),
    contact_phone      VARCHAR(50),
    contact_email      VARCHAR(200),
    description_fr     VARCHAR(2000),
    description_zh     VARCHAR(2000),
    description_en     VARCHAR(2000),
    UNIQUE (edition, code)
);

CREATE TABLE hotel_room_type (
    hotel_id    UUID         NOT NULL REFERENCES hotel (id) ON DELETE CASCADE,
    code        VARCHAR(30)  NOT NULL,
    capacity    INTEGER      NOT NULL,
    description VARCHAR(300),
    PRIMARY KEY (hotel_id, code)
);

-- Rooms set aside by a hotel for one room type, night by night.
CREATE TABLE room_block (
    id               UUID          PRIMARY KEY,
    hotel_id         UUID          NOT NULL REFERENCES hotel (id),
    room_type        VARCHAR(30)   NOT NULL,
    negotiated_price NUMERIC(10,2) NOT NULL,
    release_on       DATE,
    UNIQUE (hotel_id, room_type)
);

CREATE TABLE room_block_night (
    block_id UUID    NOT NULL REFERENCES room_block (id) ON DELETE CASCADE,
    night    DATE    NOT NULL,
    rooms    INTEGER NOT NULL,
    PRIMARY KEY (block_id, night)
);

-- One participant's room: shared with those of the same hotel, type and room label.
CREATE TABLE room_assignment (
    participant_id UUID        PRIMARY KEY REFERENCES participant (id),
    edition        VARCHAR(50) NOT NULL,
    hotel_id       UUID        NOT NULL REFERENCES hotel (id),
    room_type      VARCHAR(30) NOT NULL,
    room           VARCHAR(30) NOT NULL,
    first_night    DATE        NOT NULL,
    last_night     DATE        NOT NULL,
    pinned         BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX room_assignment_edition ON room_assignment (edition);

CREATE TABLE escort (
    id           UUID         PRIMARY KEY,
    edition      VARCHAR(50)  NOT NULL REFERENCES edition (code),
    code         VARCHAR(50)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    name_zh      VARCHAR(100),
    languages    TEXT[]       NOT NULL DEFAULT '{}',
    phone        VARCHAR(50)  NOT NULL,
    UNIQUE (edition, code)
);

CREATE TABLE escort_availability (
    escort_id  UUID        NOT NULL REFERENCES escort (id) ON DELETE CASCADE,
    from_at    TIMESTAMPTZ NOT NULL,
    to_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE car (
    id           UUID         PRIMARY KEY,
    edition      VARCHAR(50)  NOT NULL REFERENCES edition (code),
    code         VARCHAR(50)  NOT NULL,
    label        VARCHAR(200) NOT NULL,
    seats        INTEGER      NOT NULL,
    driver       VARCHAR(200) NOT NULL,
    driver_phone VARCHAR(50),
    UNIQUE (edition, code)
);

-- A VIP's car transfer between the airport (or station) and their hotel, with car and escort.
CREATE TABLE vip_transfer (
    participant_id UUID        NOT NULL REFERENCES participant (id),
    direction      VARCHAR(10) NOT NULL,
    edition        VARCHAR(50) NOT NULL,
    car_id         UUID        REFERENCES car (id),
    escort_id      UUID        REFERENCES escort (id),
    travel_at      TIMESTAMPTZ NOT NULL,
    terminal       VARCHAR(50) NOT NULL,
    pickup_at      TIMESTAMPTZ NOT NULL,
    pinned         BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (participant_id, direction)
);

CREATE TABLE route (
    id               UUID        PRIMARY KEY,
    edition          VARCHAR(50) NOT NULL REFERENCES edition (code),
    code             VARCHAR(50) NOT NULL,
    from_stop        VARCHAR(50) NOT NULL,
    to_stop          VARCHAR(50) NOT NULL,
    duration_minutes INTEGER     NOT NULL,
    UNIQUE (edition, code)
);

CREATE TABLE vehicle (
    id           UUID         PRIMARY KEY,
    edition      VARCHAR(50)  NOT NULL REFERENCES edition (code),
    code         VARCHAR(50)  NOT NULL,
    label        VARCHAR(200) NOT NULL,
    capacity     INTEGER      NOT NULL,
    driver       VARCHAR(200),
    driver_phone VARCHAR(50),
    UNIQUE (edition, code)
);

-- A shuttle departure, proposed by the planner (slot = what it serves) or created by hand.
CREATE TABLE departure (
    id           UUID         PRIMARY KEY,
    edition      VARCHAR(50)  NOT NULL REFERENCES edition (code),
    slot         VARCHAR(300) NOT NULL,
    purpose      VARCHAR(20)  NOT NULL,
    session_code VARCHAR(100),
    route_id     UUID         NOT NULL REFERENCES route (id),
    vehicle_id   UUID         REFERENCES vehicle (id),
    departs_at   TIMESTAMPTZ  NOT NULL,
    UNIQUE (edition, slot)
);

CREATE TABLE shuttle_seat (
    departure_id   UUID    NOT NULL REFERENCES departure (id) ON DELETE CASCADE,
    participant_id UUID    NOT NULL REFERENCES participant (id),
    pinned         BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (departure_id, participant_id)
);
CREATE INDEX shuttle_seat_participant ON shuttle_seat (participant_id);

-- Field visits and the gala dinner as programme-service announces them.
CREATE TABLE programme_session (
    id          UUID          PRIMARY KEY,
    edition     VARCHAR(50)   NOT NULL,
    code        VARCHAR(100)  NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    title_fr    VARCHAR(2000),
    title_zh    VARCHAR(2000),
    starts_at   TIMESTAMPTZ,
    ends_at     TIMESTAMPTZ,
    venue_name  VARCHAR(300),
    updated_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX programme_session_edition ON programme_session (edition, code);

-- What moved in the plans, for whom and why: the logistics team reads it since a point in time.
CREATE TABLE plan_change (
    id             BIGSERIAL     PRIMARY KEY,
    edition        VARCHAR(50)   NOT NULL,
    at             TIMESTAMPTZ   NOT NULL,
    participant_id UUID          NOT NULL,
    what           VARCHAR(20)   NOT NULL,
    before_value   VARCHAR(500),
    after_value    VARCHAR(500),
    cause          VARCHAR(300)  NOT NULL
);
CREATE INDEX plan_change_edition_at ON plan_change (edition, at);

ALTER TABLE participant ADD COLUMN function VARCHAR(300);
