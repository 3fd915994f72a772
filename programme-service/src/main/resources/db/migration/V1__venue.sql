CREATE TABLE venue (
    id         UUID         PRIMARY KEY,
    edition    VARCHAR(50)  NOT NULL,
    name_fr    VARCHAR(200) NOT NULL,
    name_zh    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200),
    address    VARCHAR(300),
    created_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX venue_edition ON venue (edition);
