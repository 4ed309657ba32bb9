-- The Amina Malko fund: yearly budgets per stream, applications with their requested and awarded amounts per
-- expense line, the decisions taken on them, the consultations they name, and the money paid out. Money in cents.

CREATE TABLE fund_budget (
    fund_year       INTEGER     NOT NULL,
    stream          VARCHAR(20) NOT NULL,
    allocated_cents BIGINT      NOT NULL,
    updated_at      TIMESTAMP   NOT NULL,
    PRIMARY KEY (fund_year, stream)
);

CREATE TABLE fund_application (
    id              BIGINT        NOT NULL PRIMARY KEY,
    contact_id      BIGINT        NOT NULL REFERENCES contact (id),
    organization_id BIGINT        REFERENCES organization (id),
    stream          VARCHAR(20)   NOT NULL,
    fund_year       INTEGER       NOT NULL,
    province        VARCHAR(2),
    language        VARCHAR(2)    NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    reason          VARCHAR(1000),
    submitted_on    DATE          NOT NULL,
    status_since    TIMESTAMP     NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL
);

CREATE INDEX fund_application_by_year ON fund_application (fund_year, stream, status);
CREATE INDEX fund_application_by_contact ON fund_application (contact_id);

-- The consultations an application names; a selected award covers the applicant's registrations there.
CREATE TABLE fund_application_event (
    application_id BIGINT NOT NULL REFERENCES fund_application (id) ON DELETE CASCADE,
    event_id       BIGINT NOT NULL REFERENCES event (id),
    PRIMARY KEY (application_id, event_id)
);

CREATE INDEX fund_application_event_by_event ON fund_application_event (event_id);

CREATE TABLE fund_line (
    application_id  BIGINT       NOT NULL REFERENCES fund_application (id) ON DELETE CASCADE,
    expense         VARCHAR(20)  NOT NULL,
    requested_cents BIGINT       NOT NULL,
    awarded_cents   BIGINT,
    justification   VARCHAR(500),
    PRIMARY KEY (application_id, expense)
);

CREATE TABLE fund_decision (
    id              BIGINT        NOT NULL PRIMARY KEY,
    application_id  BIGINT        NOT NULL REFERENCES fund_application (id) ON DELETE CASCADE,
    from_status     VARCHAR(20)   NOT NULL,
    to_status       VARCHAR(20)   NOT NULL,
    reason          VARCHAR(1000),
    override_reason VARCHAR(1000),
    awarded_cents   BIGINT,
    moved_up        BOOLEAN       NOT NULL,
    actor           VARCHAR(100)  NOT NULL,
    occurred_at     TIMESTAMP     NOT NULL
);

CREATE INDEX fund_decision_by_application ON fund_decision (application_id, occurred_at);

CREATE TABLE fund_disbursement (
    id                BIGINT       NOT NULL PRIMARY KEY,
    application_id    BIGINT       NOT NULL REFERENCES fund_application (id) ON DELETE CASCADE,
    expense           VARCHAR(20)  NOT NULL,
    amount_cents      BIGINT       NOT NULL,
    paid_on           DATE         NOT NULL,
    method            VARCHAR(20)  NOT NULL,
    receipt_reference VARCHAR(100),
    recorded_by       VARCHAR(100) NOT NULL,
    recorded_at       TIMESTAMP    NOT NULL
);

CREATE INDEX fund_disbursement_by_application ON fund_disbursement (application_id);
