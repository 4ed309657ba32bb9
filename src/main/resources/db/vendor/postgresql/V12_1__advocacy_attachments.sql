-- A file a member sent with their report (a reply letter, say), kept in the database with the report.
CREATE TABLE advocacy_attachment (
    id         BIGINT       NOT NULL PRIMARY KEY,
    action_id  BIGINT       NOT NULL REFERENCES advocacy_action (id) ON DELETE CASCADE,
    file_name  VARCHAR(255) NOT NULL,
    size_bytes BIGINT       NOT NULL,
    content    BYTEA        NOT NULL,
    added_at   TIMESTAMP    NOT NULL
);

CREATE INDEX advocacy_attachment_by_action ON advocacy_attachment (action_id);
