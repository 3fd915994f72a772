-- programme-service owns the edition (issue 7): the same field names as the EditionEvent it publishes
-- (name, startsOn, endsOn, timeZone, venue), and the main venue, which other services learn from it.
ALTER TABLE edition RENAME COLUMN title_fr TO name_fr;
ALTER TABLE edition RENAME COLUMN title_zh TO name_zh;
ALTER TABLE edition RENAME COLUMN title_en TO name_en;
ALTER TABLE edition RENAME COLUMN start_date TO starts_on;
ALTER TABLE edition RENAME COLUMN end_date TO ends_on;
ALTER TABLE edition ADD COLUMN venue_fr VARCHAR(300);
ALTER TABLE edition ADD COLUMN venue_zh VARCHAR(300);
ALTER TABLE edition ADD COLUMN venue_en VARCHAR(300);
ALTER TABLE edition ADD COLUMN venue_address VARCHAR(300);
