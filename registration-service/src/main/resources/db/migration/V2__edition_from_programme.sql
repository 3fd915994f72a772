-- registration-service learns editions from programme-service's EditionEvent (issue 7): the name,
-- days, time zone and venue are programme's, with programme's field names; the quotas and the
-- catalogue are registration's own settings of that edition (an edition without quotas has none yet).
ALTER TABLE edition RENAME COLUMN name TO name_fr;
ALTER TABLE edition ALTER COLUMN name_fr TYPE VARCHAR(300);
ALTER TABLE edition ADD COLUMN name_zh VARCHAR(300);
UPDATE edition SET name_zh = name_fr;
ALTER TABLE edition ALTER COLUMN name_zh SET NOT NULL;
ALTER TABLE edition ADD COLUMN name_en VARCHAR(300);
ALTER TABLE edition RENAME COLUMN venue TO venue_fr;
ALTER TABLE edition ALTER COLUMN venue_fr DROP NOT NULL;
ALTER TABLE edition ADD COLUMN venue_zh VARCHAR(300);
ALTER TABLE edition ADD COLUMN venue_en VARCHAR(300);
ALTER TABLE edition ADD COLUMN venue_address VARCHAR(300);
ALTER TABLE edition RENAME COLUMN created_at TO learned_at;
