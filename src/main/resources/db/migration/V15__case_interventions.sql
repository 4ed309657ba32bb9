-- Case interventions: the cases members bring to the office. What could tell a case's story (the people's names,
-- the log of steps, the documents) is sealed by the application (AES-GCM) and lives in the engine-specific part
-- (V15_1) as bytes; what is kept here in clear is what the counts and the retention review need.

CREATE TABLE case_file (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    reference            VARCHAR(20)   NOT NULL,
    kind                 VARCHAR(30)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    organization_id      BIGINT        REFERENCES organization (id),
    province             VARCHAR(2),
    member_contact_name  VARCHAR(200),
    member_contact_email VARCHAR(254),
    staff_in_charge      VARCHAR(60),
    received_on          DATE          NOT NULL,
    raised_on            DATE,
    answered_on          DATE,
    closed_on            DATE,
    government_office    VARCHAR(200),
    government_reference VARCHAR(100),
    outcome              VARCHAR(30),
    legal_hold           BOOLEAN       NOT NULL,
    purged_at            TIMESTAMP,
    created_at           TIMESTAMP     NOT NULL,
    updated_at           TIMESTAMP     NOT NULL
);

CREATE UNIQUE INDEX case_file_unique_reference ON case_file (reference);
CREATE INDEX case_file_by_kind ON case_file (kind, status);

-- How long a closed case of each kind is kept, set by an administrator (a kind without a line: the default).
CREATE TABLE case_retention (
    kind   VARCHAR(30)  NOT NULL PRIMARY KEY,
    years  INTEGER      NOT NULL,
    set_by VARCHAR(100) NOT NULL,
    set_at TIMESTAMP    NOT NULL
);

-- An administrator who also works on cases opens them; the role alone says nothing of it.
ALTER TABLE staff_user ADD COLUMN handles_cases BOOLEAN NOT NULL DEFAULT FALSE;
