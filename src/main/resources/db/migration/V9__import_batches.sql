-- Imports from spreadsheets: each import is one batch (who, when, which file and its SHA-256, counts) with
-- what it created or updated, so that undoing the batch removes what it created and puts back what it
-- changed. A fingerprint of each record as the import left it tells whether someone changed it since.
-- The column mapping staff confirmed is remembered per kind of import.

CREATE TABLE import_batch (
    id            BIGINT        NOT NULL PRIMARY KEY,
    kind          VARCHAR(20)   NOT NULL,
    file_name     VARCHAR(300)  NOT NULL,
    file_sha256   VARCHAR(64)   NOT NULL,
    event_id      BIGINT,
    actor         VARCHAR(100)  NOT NULL,
    imported_at   TIMESTAMP     NOT NULL,
    created_count INTEGER       NOT NULL,
    updated_count INTEGER       NOT NULL,
    skipped_count INTEGER       NOT NULL,
    error_count   INTEGER       NOT NULL,
    undone_at     TIMESTAMP,
    undone_by     VARCHAR(100)
);

CREATE INDEX import_batch_by_time ON import_batch (imported_at);

CREATE TABLE import_batch_item (
    batch_id      BIGINT        NOT NULL REFERENCES import_batch (id),
    position      INTEGER       NOT NULL,
    entity        VARCHAR(30)   NOT NULL,
    entity_id     BIGINT        NOT NULL,
    action        VARCHAR(10)   NOT NULL,
    before_values TEXT,
    fingerprint   VARCHAR(64)   NOT NULL,
    PRIMARY KEY (batch_id, position)
);

CREATE INDEX import_batch_item_by_entity ON import_batch_item (entity, entity_id);

CREATE TABLE import_mapping (
    kind       VARCHAR(20)  NOT NULL,
    header_key VARCHAR(200) NOT NULL,
    field      VARCHAR(40)  NOT NULL,
    PRIMARY KEY (kind, header_key)
);
