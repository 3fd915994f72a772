-- A withdrawn talk leaves the running order (no position), so its replacement can take its place;
-- a reorder re-packs positions in one transaction, so uniqueness is checked at commit.
ALTER TABLE intervention ALTER COLUMN position DROP NOT NULL;
ALTER TABLE intervention DROP CONSTRAINT intervention_session_id_position_key;
ALTER TABLE intervention ADD CONSTRAINT intervention_session_id_position_key UNIQUE (session_id, position) DEFERRABLE INITIALLY DEFERRED;
