-- The council's logo (PNG or JPEG), kept with the office's settings.
ALTER TABLE office_settings ADD COLUMN logo BYTEA;
