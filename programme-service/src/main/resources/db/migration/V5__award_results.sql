-- The laureates awards-service announced for an edition (assises.awards.results.published.v1), kept as
-- the event's data: programme shows them on the award ceremony session of its published versions.
CREATE TABLE award_results (
    edition      VARCHAR(64) PRIMARY KEY,
    ceremony_at  TIMESTAMPTZ NOT NULL,
    published_at TIMESTAMPTZ,
    results      TEXT        NOT NULL
);
