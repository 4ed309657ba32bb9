-- People, events and registrations. Money in cents; instants UTC.

CREATE TABLE contact (
    id                BIGINT       NOT NULL PRIMARY KEY,
    full_name         VARCHAR(200) NOT NULL,
    name_key          VARCHAR(200) NOT NULL,
    email             VARCHAR(254),
    email_key         VARCHAR(254),
    phone             VARCHAR(40),
    language          VARCHAR(2)   NOT NULL,
    organization_id   BIGINT       REFERENCES organization (id),
    organization_name VARCHAR(200),
    created_at        TIMESTAMP    NOT NULL,
    updated_at        TIMESTAMP    NOT NULL
);

-- A person is found again by email, whatever its case; people without an email are allowed.
CREATE UNIQUE INDEX contact_unique_email ON contact (email_key);
CREATE INDEX contact_by_name ON contact (name_key);

CREATE TABLE event (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    kind                  VARCHAR(30)  NOT NULL,
    title_fr              VARCHAR(200) NOT NULL,
    title_en              VARCHAR(200) NOT NULL,
    starts_on             DATE         NOT NULL,
    ends_on               DATE         NOT NULL,
    city                  VARCHAR(100),
    venue                 VARCHAR(200),
    capacity              INTEGER,
    registration_deadline DATE,
    early_bird_deadline   DATE,
    status                VARCHAR(20)  NOT NULL,
    created_at            TIMESTAMP    NOT NULL,
    updated_at            TIMESTAMP    NOT NULL
);

CREATE INDEX event_by_start ON event (starts_on);

CREATE TABLE event_session (
    id                        BIGINT       NOT NULL PRIMARY KEY,
    event_id                  BIGINT       NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    kind                      VARCHAR(30)  NOT NULL,
    title_fr                  VARCHAR(200) NOT NULL,
    title_en                  VARCHAR(200) NOT NULL,
    working_group             VARCHAR(40),
    organizer_organization_id BIGINT       REFERENCES organization (id),
    session_day               DATE         NOT NULL,
    starts_at                 VARCHAR(5)   NOT NULL,
    ends_at                   VARCHAR(5)   NOT NULL,
    room                      VARCHAR(100),
    capacity                  INTEGER
);

CREATE INDEX event_session_by_event ON event_session (event_id);

CREATE TABLE rate_category (
    id                      BIGINT       NOT NULL PRIMARY KEY,
    event_id                BIGINT       NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    kind                    VARCHAR(20)  NOT NULL,
    label_fr                VARCHAR(100) NOT NULL,
    label_en                VARCHAR(100) NOT NULL,
    full_event_cents        BIGINT       NOT NULL,
    per_day_cents           BIGINT       NOT NULL,
    early_full_event_cents  BIGINT,
    early_per_day_cents     BIGINT
);

CREATE INDEX rate_category_by_event ON rate_category (event_id);

CREATE TABLE registration (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    event_id            BIGINT        NOT NULL REFERENCES event (id),
    contact_id          BIGINT        NOT NULL REFERENCES contact (id),
    organization_id     BIGINT        REFERENCES organization (id),
    organization_name   VARCHAR(200),
    rate_category_id    BIGINT        NOT NULL REFERENCES rate_category (id),
    registered_on       DATE          NOT NULL,
    amount_due_cents    BIGINT        NOT NULL,
    fee_waived          BOOLEAN       NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    language            VARCHAR(2)    NOT NULL,
    accessibility_needs VARCHAR(1000),
    dietary_needs       VARCHAR(1000),
    interpretation      VARCHAR(100),
    childcare_needs     VARCHAR(1000),
    checked_in_at       TIMESTAMP,
    created_at          TIMESTAMP     NOT NULL,
    updated_at          TIMESTAMP     NOT NULL
);

CREATE UNIQUE INDEX registration_once_per_event ON registration (event_id, contact_id);
CREATE INDEX registration_by_event_status ON registration (event_id, status);

CREATE TABLE registration_day (
    registration_id BIGINT NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
    attending_day   DATE   NOT NULL,
    PRIMARY KEY (registration_id, attending_day)
);

CREATE TABLE registration_session (
    registration_id BIGINT      NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
    session_id      BIGINT      NOT NULL REFERENCES event_session (id) ON DELETE CASCADE,
    status          VARCHAR(20) NOT NULL,
    PRIMARY KEY (registration_id, session_id)
);

CREATE INDEX registration_session_by_session ON registration_session (session_id, status);

CREATE TABLE payment (
    id              BIGINT       NOT NULL PRIMARY KEY,
    registration_id BIGINT       NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
    amount_cents    BIGINT       NOT NULL,
    paid_on         DATE         NOT NULL,
    method          VARCHAR(20)  NOT NULL,
    reference       VARCHAR(100),
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMP    NOT NULL
);

CREATE INDEX payment_by_registration ON payment (registration_id);

CREATE TABLE fee_recalculation (
    id              BIGINT       NOT NULL PRIMARY KEY,
    registration_id BIGINT       NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
    old_cents       BIGINT       NOT NULL,
    new_cents       BIGINT       NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    occurred_at     TIMESTAMP    NOT NULL
);
