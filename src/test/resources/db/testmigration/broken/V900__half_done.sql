CREATE TABLE created_before_the_failure (id BIGINT PRIMARY KEY);
UPDATE organization SET name = 'changed by a failed migration';
INSERT INTO no_such_table VALUES (1);
