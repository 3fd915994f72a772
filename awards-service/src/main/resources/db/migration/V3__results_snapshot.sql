-- The public results as announced at the ceremony, written once with the results event: the public
-- list is then read as stored, and is exactly what was announced.
ALTER TABLE award_call ADD COLUMN results_json TEXT;
