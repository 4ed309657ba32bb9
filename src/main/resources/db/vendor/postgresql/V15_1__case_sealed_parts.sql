-- The sealed parts of a case (see V15): each *_sealed column holds nonce + AES-GCM ciphertext, never clear text.

CREATE TABLE case_person (
    id          BIGINT       NOT NULL PRIMARY KEY,
    case_id     BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    name_sealed BYTEA        NOT NULL,
    case_role   VARCHAR(20)  NOT NULL,
    country     VARCHAR(100),
    born_on     DATE
);

CREATE INDEX case_person_by_case ON case_person (case_id);

CREATE TABLE case_step (
    id          BIGINT       NOT NULL PRIMARY KEY,
    case_id     BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    occurred_on DATE         NOT NULL,
    text_sealed BYTEA        NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP    NOT NULL
);

CREATE INDEX case_step_by_case ON case_step (case_id, occurred_on);

CREATE TABLE case_document (
    id             BIGINT       NOT NULL PRIMARY KEY,
    case_id        BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    name_sealed    BYTEA        NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    content_sealed BYTEA        NOT NULL,
    added_by       VARCHAR(100) NOT NULL,
    added_at       TIMESTAMP    NOT NULL
);

CREATE INDEX case_document_by_case ON case_document (case_id);

-- The office's case key: a random AES key wrapped (AES-GCM) by a key derived from the caseworkers' passphrase.
CREATE TABLE case_key (
    id          INTEGER      NOT NULL PRIMARY KEY,
    salt        BYTEA        NOT NULL,
    iterations  INTEGER      NOT NULL,
    wrapped_key BYTEA        NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);
