-- Portable SQL for SQLite and PostgreSQL: ids come from the application (time-ordered 64-bit),
-- money is integer cents, instants are UTC timestamps.

CREATE TABLE province_region (
    province VARCHAR(2)  NOT NULL PRIMARY KEY,
    region   VARCHAR(20) NOT NULL
);

INSERT INTO province_region (province, region) VALUES
    ('NL', 'ATLANTIC'), ('PE', 'ATLANTIC'), ('NS', 'ATLANTIC'), ('NB', 'ATLANTIC'),
    ('QC', 'QUEBEC'),
    ('ON', 'ONTARIO'),
    ('MB', 'PRAIRIES'), ('SK', 'PRAIRIES'), ('AB', 'PRAIRIES'),
    ('BC', 'BRITISH_COLUMBIA'),
    ('YT', 'NORTH'), ('NT', 'NORTH'), ('NU', 'NORTH');

CREATE TABLE organization (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    name                VARCHAR(200)  NOT NULL,
    name_other_language VARCHAR(200),
    email               VARCHAR(254)  NOT NULL,
    phone               VARCHAR(40),
    website             VARCHAR(300),
    street_address      VARCHAR(300),
    city                VARCHAR(100),
    postal_code         VARCHAR(10),
    province            VARCHAR(2)    NOT NULL REFERENCES province_region (province),
    language            VARCHAR(2)    NOT NULL,
    notes               VARCHAR(4000),
    membership_status   VARCHAR(20)   NOT NULL,
    applied_on          DATE          NOT NULL,
    member_since        DATE,
    status_reason       VARCHAR(1000),
    created_at          TIMESTAMP     NOT NULL,
    updated_at          TIMESTAMP     NOT NULL
);

CREATE INDEX organization_by_status ON organization (membership_status);
CREATE INDEX organization_by_province ON organization (province);

CREATE TABLE organization_service (
    organization_id BIGINT      NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    service         VARCHAR(40) NOT NULL,
    PRIMARY KEY (organization_id, service)
);

CREATE TABLE organization_clientele (
    organization_id BIGINT      NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    clientele       VARCHAR(40) NOT NULL,
    PRIMARY KEY (organization_id, clientele)
);

CREATE TABLE membership_transition (
    id              BIGINT        NOT NULL PRIMARY KEY,
    organization_id BIGINT        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    from_status     VARCHAR(20),
    to_status       VARCHAR(20)   NOT NULL,
    reason          VARCHAR(1000),
    actor           VARCHAR(100)  NOT NULL,
    occurred_at     TIMESTAMP     NOT NULL
);

CREATE INDEX membership_transition_by_organization ON membership_transition (organization_id);

CREATE TABLE dues_bracket (
    id                BIGINT       NOT NULL PRIMARY KEY,
    label_en          VARCHAR(100) NOT NULL,
    label_fr          VARCHAR(100) NOT NULL,
    max_budget_cents  BIGINT,
    fee_cents         BIGINT       NOT NULL
);

INSERT INTO dues_bracket (id, label_en, label_fr, max_budget_cents, fee_cents) VALUES
    (1, 'Budget under $100,000', 'Budget de moins de 100 000 $', 10000000, 10000),
    (2, 'Budget $100,000 to $500,000', 'Budget de 100 000 $ à 500 000 $', 50000000, 20000),
    (3, 'Budget $500,000 to $1,000,000', 'Budget de 500 000 $ à 1 000 000 $', 100000000, 35000),
    (4, 'Budget over $1,000,000', 'Budget de plus de 1 000 000 $', NULL, 50000);

CREATE TABLE membership_dues (
    organization_id BIGINT   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    dues_year       INTEGER  NOT NULL,
    amount_cents    BIGINT   NOT NULL,
    paid_on         DATE,
    due_on          DATE     NOT NULL,
    PRIMARY KEY (organization_id, dues_year)
);

CREATE TABLE account (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    organization_id        BIGINT        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    kind                   VARCHAR(20)   NOT NULL,
    individual_role        VARCHAR(20),
    full_name              VARCHAR(200)  NOT NULL,
    email                  VARCHAR(254)  NOT NULL,
    email_key              VARCHAR(254)  NOT NULL,
    username               VARCHAR(100)  NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    disabled_by            VARCHAR(20),
    activation_code_hash   VARCHAR(200),
    activation_issued_at   TIMESTAMP,
    created_at             TIMESTAMP     NOT NULL,
    updated_at             TIMESTAMP     NOT NULL
);

-- Emails are unique across accounts compared case-insensitively: email_key is the lower-cased email.
CREATE UNIQUE INDEX account_unique_email ON account (email_key);
CREATE UNIQUE INDEX account_unique_username ON account (username);
-- Exactly one administrator account per member organization.
CREATE UNIQUE INDEX account_one_administrator ON account (organization_id) WHERE kind = 'ADMINISTRATOR';
CREATE INDEX account_by_organization ON account (organization_id);
