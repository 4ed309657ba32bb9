-- A mailing's attachments, kept with it in the archive.
CREATE TABLE mailing_attachment (
    id         BIGINT        NOT NULL PRIMARY KEY,
    mailing_id BIGINT        NOT NULL REFERENCES mailing (id) ON DELETE CASCADE,
    file_name  VARCHAR(300)  NOT NULL,
    media_type VARCHAR(100)  NOT NULL,
    content    BLOB          NOT NULL
);

CREATE INDEX mailing_attachment_by_mailing ON mailing_attachment (mailing_id);
