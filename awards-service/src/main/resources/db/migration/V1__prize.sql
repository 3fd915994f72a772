-- The prizes of an edition; their number is the organisers' to set (the Chinese side asked for more).
CREATE TABLE prize (
    id          UUID         PRIMARY KEY,
    edition     VARCHAR(50)  NOT NULL,
    theme       VARCHAR(30)  NOT NULL,
    name_fr     VARCHAR(200) NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200),
    laureates   INTEGER      NOT NULL CHECK (laureates BETWEEN 1 AND 20),
    created_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (edition, name_fr)
);
