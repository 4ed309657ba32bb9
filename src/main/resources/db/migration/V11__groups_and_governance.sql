-- Working groups, the youth network, the anti-trafficking committee and the groups the office adds; their
-- members, chairs and co-chairs by term; the executive committee by term; the resolutions register; workshop
-- proposals made at the working group meetings for a coming consultation.

-- A group's code is stable: the three working groups use the names already stored on programme sessions
-- (event_session.working_group), which is how a session finds its group.
CREATE TABLE council_group (
    id            BIGINT       NOT NULL PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    name_fr       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    purpose_fr    VARCHAR(2000),
    purpose_en    VARCHAR(2000),
    staff_liaison VARCHAR(200),
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL
);

CREATE UNIQUE INDEX council_group_unique_code ON council_group (code);

INSERT INTO council_group (id, code, kind, name_fr, name_en, created_at, updated_at) VALUES
    (1, 'IMMIGRATION_AND_SETTLEMENT', 'WORKING_GROUP', 'Immigration et établissement', 'Immigration and Settlement',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    (2, 'INLAND_PROTECTION', 'WORKING_GROUP', 'Protection au Canada', 'Inland Protection',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    (3, 'OVERSEAS_PROTECTION_AND_SPONSORSHIP', 'WORKING_GROUP', 'Protection outremer et parrainage',
     'Overseas Protection and Sponsorship', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    (4, 'YOUTH_NETWORK', 'YOUTH_NETWORK', 'Réseau des jeunes', 'Youth Network', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    (5, 'ANTI_TRAFFICKING', 'COMMITTEE', 'Comité anti-traite', 'Anti-trafficking committee',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

CREATE TABLE group_member (
    id              BIGINT    NOT NULL PRIMARY KEY,
    group_id        BIGINT    NOT NULL REFERENCES council_group (id) ON DELETE CASCADE,
    contact_id      BIGINT    NOT NULL REFERENCES contact (id),
    organization_id BIGINT    REFERENCES organization (id),
    since_on        DATE      NOT NULL,
    until_on        DATE,
    created_at      TIMESTAMP NOT NULL
);

CREATE UNIQUE INDEX group_member_once ON group_member (group_id, contact_id);
CREATE INDEX group_member_by_contact ON group_member (contact_id);

-- One person per seat at a time: the service refuses overlapping terms (an open term has no end).
CREATE TABLE chair_term (
    id         BIGINT      NOT NULL PRIMARY KEY,
    group_id   BIGINT      NOT NULL REFERENCES council_group (id) ON DELETE CASCADE,
    seat       VARCHAR(20) NOT NULL,
    contact_id BIGINT      NOT NULL REFERENCES contact (id),
    starts_on  DATE        NOT NULL,
    ends_on    DATE,
    created_at TIMESTAMP   NOT NULL
);

CREATE INDEX chair_term_by_seat ON chair_term (group_id, seat, starts_on);
CREATE INDEX chair_term_by_contact ON chair_term (contact_id);

CREATE TABLE executive_term (
    id                  BIGINT      NOT NULL PRIMARY KEY,
    position            VARCHAR(30) NOT NULL,
    contact_id          BIGINT      NOT NULL REFERENCES contact (id),
    organization_id     BIGINT      REFERENCES organization (id),
    elected_at_event_id BIGINT      REFERENCES event (id),
    starts_on           DATE        NOT NULL,
    ends_on             DATE,
    created_at          TIMESTAMP   NOT NULL
);

CREATE INDEX executive_term_by_position ON executive_term (position, starts_on);
CREATE INDEX executive_term_by_contact ON executive_term (contact_id);

CREATE TABLE resolution (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    resolution_year         INTEGER       NOT NULL,
    number                  INTEGER       NOT NULL,
    title_fr                VARCHAR(300)  NOT NULL,
    title_en                VARCHAR(300)  NOT NULL,
    text_fr                 VARCHAR(20000),
    text_en                 VARCHAR(20000),
    sponsor_group_id        BIGINT        REFERENCES council_group (id),
    sponsor_organization_id BIGINT        REFERENCES organization (id),
    adopted_at_event_id     BIGINT        REFERENCES event (id),
    status                  VARCHAR(20)   NOT NULL,
    created_at              TIMESTAMP     NOT NULL,
    updated_at              TIMESTAMP     NOT NULL
);

-- Numbers start again each year: 2024-1, 2024-2 ... 2025-1.
CREATE UNIQUE INDEX resolution_unique_number ON resolution (resolution_year, number);

CREATE TABLE resolution_theme (
    resolution_id BIGINT      NOT NULL REFERENCES resolution (id) ON DELETE CASCADE,
    theme         VARCHAR(40) NOT NULL,
    PRIMARY KEY (resolution_id, theme)
);

CREATE INDEX resolution_theme_by_theme ON resolution_theme (theme);

-- An earlier resolution this one builds on, amends or replaces.
CREATE TABLE resolution_relation (
    resolution_id         BIGINT NOT NULL REFERENCES resolution (id) ON DELETE CASCADE,
    related_resolution_id BIGINT NOT NULL REFERENCES resolution (id) ON DELETE CASCADE,
    PRIMARY KEY (resolution_id, related_resolution_id)
);

CREATE TABLE workshop_proposal (
    id                        BIGINT        NOT NULL PRIMARY KEY,
    event_id                  BIGINT        NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    group_id                  BIGINT        NOT NULL REFERENCES council_group (id),
    organizer_organization_id BIGINT        NOT NULL REFERENCES organization (id),
    title_fr                  VARCHAR(200)  NOT NULL,
    title_en                  VARCHAR(200)  NOT NULL,
    description               VARCHAR(4000),
    proposed_on               DATE          NOT NULL,
    status                    VARCHAR(20)   NOT NULL,
    decision_note             VARCHAR(1000),
    decided_at                TIMESTAMP,
    session_id                BIGINT        REFERENCES event_session (id) ON DELETE SET NULL,
    created_at                TIMESTAMP     NOT NULL,
    updated_at                TIMESTAMP     NOT NULL
);

CREATE INDEX workshop_proposal_by_event ON workshop_proposal (event_id, status);
