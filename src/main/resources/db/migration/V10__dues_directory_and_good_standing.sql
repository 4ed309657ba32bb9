-- Dues by year, payments, the voting delegate, the grace period before unpaid memberships lapse.

-- The amount of each bracket for a year, once the office sets it; a year without rows uses the placeholder
-- amounts of dues_bracket (the application says they are placeholders).
CREATE TABLE dues_rate (
    dues_year   INTEGER  NOT NULL,
    bracket_id  BIGINT   NOT NULL REFERENCES dues_bracket (id),
    fee_cents   BIGINT   NOT NULL,
    PRIMARY KEY (dues_year, bracket_id)
);

-- The bracket each member organization pays by (its budget), used by the yearly assessment.
CREATE TABLE organization_dues_bracket (
    organization_id BIGINT NOT NULL PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    bracket_id      BIGINT NOT NULL REFERENCES dues_bracket (id)
);

-- Each payment of dues; membership_dues.paid_on is the day the balance reached zero.
CREATE TABLE dues_payment (
    id              BIGINT        NOT NULL PRIMARY KEY,
    organization_id BIGINT        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    dues_year       INTEGER       NOT NULL,
    amount_cents    BIGINT        NOT NULL,
    paid_on         DATE          NOT NULL,
    method          VARCHAR(20)   NOT NULL,
    reference       VARCHAR(100),
    recorded_by     VARCHAR(100)  NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL,
    FOREIGN KEY (organization_id, dues_year) REFERENCES membership_dues (organization_id, dues_year) ON DELETE CASCADE
);

CREATE INDEX dues_payment_by_dues ON dues_payment (organization_id, dues_year);
CREATE INDEX membership_dues_by_due_on ON membership_dues (due_on);

-- The account that votes for the organization at the general assembly.
CREATE TABLE voting_delegate (
    organization_id BIGINT NOT NULL PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    account_id      BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE
);

-- One row: how many days after dues fall due an unpaid membership may be lapsed.
CREATE TABLE dues_setting (
    id          INTEGER NOT NULL PRIMARY KEY,
    grace_days  INTEGER NOT NULL
);

INSERT INTO dues_setting (id, grace_days) VALUES (1, 60);
