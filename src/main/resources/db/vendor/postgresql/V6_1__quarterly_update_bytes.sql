ALTER TABLE quarterly_update ADD COLUMN image BYTEA;
ALTER TABLE quarterly_update ADD COLUMN published_pdf BYTEA;
