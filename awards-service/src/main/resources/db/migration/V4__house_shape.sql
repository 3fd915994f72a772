-- The house shape (docs/service-shape.md): embeddables named by component path, so the partnership's
-- names follow their attributes; the edition read model stores what EditionEvent carries, venue included.
ALTER TABLE application RENAME COLUMN french_name_fr TO french_government_fr;
ALTER TABLE application RENAME COLUMN french_name_zh TO french_government_zh;
ALTER TABLE application RENAME COLUMN french_name_en TO french_government_en;
ALTER TABLE application RENAME COLUMN chinese_name_fr TO chinese_government_fr;
ALTER TABLE application RENAME COLUMN chinese_name_zh TO chinese_government_zh;
ALTER TABLE application RENAME COLUMN chinese_name_en TO chinese_government_en;

ALTER TABLE edition ADD COLUMN venue_fr VARCHAR(2000);
ALTER TABLE edition ADD COLUMN venue_zh VARCHAR(2000);
ALTER TABLE edition ADD COLUMN venue_en VARCHAR(2000);
ALTER TABLE edition ADD COLUMN venue_address VARCHAR(2000);
