ALTER TABLE organization ADD COLUMN test_marker VARCHAR(20);
