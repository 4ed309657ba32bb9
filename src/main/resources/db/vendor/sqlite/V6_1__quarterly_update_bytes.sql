ALTER TABLE quarterly_update ADD COLUMN image BLOB;
ALTER TABLE quarterly_update ADD COLUMN published_pdf BLOB;
