-- Mailing lists and their subscribers (with the proof of consent and the unsubscribe that CASL asks for),
-- the mail server the office sends through, and mailings: each with its text, attachments (engine-specific
-- V14_1) and an outbox of one row per recipient written before anything is sent (ADR 0021).

CREATE TABLE mailing_list (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    code                  VARCHAR(30),
    name_fr               VARCHAR(200)  NOT NULL,
    name_en               VARCHAR(200)  NOT NULL,
    organization_required BOOLEAN       NOT NULL,
    created_at            TIMESTAMP     NOT NULL
);

-- The lists the application knows by code (CCRLIST, the Chronique, the trafficking bulletins, member mailings).
CREATE UNIQUE INDEX mailing_list_unique_code ON mailing_list (code);

CREATE TABLE list_subscription (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    list_id            BIGINT        NOT NULL REFERENCES mailing_list (id),
    contact_id         BIGINT        NOT NULL REFERENCES contact (id),
    language           VARCHAR(2),
    consent_kind       VARCHAR(20)   NOT NULL,
    consent_on         DATE          NOT NULL,
    consent_source     VARCHAR(30)   NOT NULL,
    unsubscribed_on    DATE,
    unsubscribe_reason VARCHAR(500),
    created_at         TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL
);

CREATE UNIQUE INDEX list_subscription_once ON list_subscription (list_id, contact_id);
CREATE INDEX list_subscription_by_contact ON list_subscription (contact_id);

-- One row: the office's SMTP server. The password is kept encrypted with a key that stays in the data folder.
CREATE TABLE mail_server (
    id                  INTEGER       NOT NULL PRIMARY KEY,
    host                VARCHAR(200)  NOT NULL,
    port                INTEGER       NOT NULL,
    security            VARCHAR(10)   NOT NULL,
    username            VARCHAR(200),
    password_encrypted  VARCHAR(1000),
    from_address        VARCHAR(254)  NOT NULL,
    from_name           VARCHAR(200),
    messages_per_minute INTEGER       NOT NULL,
    updated_at          TIMESTAMP     NOT NULL
);

CREATE TABLE mailing (
    id              BIGINT        NOT NULL PRIMARY KEY,
    audience        VARCHAR(20)   NOT NULL,
    list_id         BIGINT        REFERENCES mailing_list (id),
    event_id        BIGINT        REFERENCES event (id),
    audience_status VARCHAR(20),
    fund_year       INTEGER,
    subject_fr      VARCHAR(300)  NOT NULL,
    subject_en      VARCHAR(300)  NOT NULL,
    body_fr         TEXT          NOT NULL,
    body_en         TEXT          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    queued_at       TIMESTAMP,
    finished_at     TIMESTAMP
);

CREATE INDEX mailing_by_created ON mailing (created_at);

-- The frozen recipient list: one row per address (unique whatever its case), its language (null: both
-- versions) and what became of it. A row is claimed (SENDING) in its own transaction before the server hears of it.
CREATE TABLE mailing_recipient (
    id                BIGINT        NOT NULL PRIMARY KEY,
    mailing_id        BIGINT        NOT NULL REFERENCES mailing (id) ON DELETE CASCADE,
    position          INTEGER       NOT NULL,
    email             VARCHAR(254)  NOT NULL,
    email_key         VARCHAR(254)  NOT NULL,
    full_name         VARCHAR(200),
    organization_name VARCHAR(200),
    event_title       VARCHAR(200),
    language          VARCHAR(2),
    status            VARCHAR(20)   NOT NULL,
    attempts          INTEGER       NOT NULL,
    server_reply      VARCHAR(1000),
    attempted_at      TIMESTAMP,
    sent_at           TIMESTAMP
);

CREATE UNIQUE INDEX mailing_recipient_once ON mailing_recipient (mailing_id, email_key);
CREATE INDEX mailing_recipient_by_status ON mailing_recipient (mailing_id, status, position);

-- The lists every office has, known by code; the office adds others. MEMBERS holds only the people who
-- asked to stop receiving member mailings.
INSERT INTO mailing_list (id, code, name_fr, name_en, organization_required, created_at) VALUES
    (1, 'CCRLIST', 'CCRLIST', 'CCRLIST', TRUE, CURRENT_TIMESTAMP),
    (2, 'CHRONIQUE', 'la Chronique du CCR', 'CCR Chronicle (la Chronique du CCR)', FALSE, CURRENT_TIMESTAMP),
    (3, 'TRAFFICKING', 'Bulletins sur la traite', 'Trafficking bulletins', FALSE, CURRENT_TIMESTAMP),
    (4, 'MEMBERS', 'Envois aux membres', 'Member mailings', FALSE, CURRENT_TIMESTAMP);
