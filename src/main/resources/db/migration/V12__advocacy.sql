-- Advocacy campaigns: the campaign and its texts in both languages, the actions it suggests to organizations and
-- to individuals, its model letters with merge fields, and the actions members report with what came of them.

CREATE TABLE advocacy_campaign (
    id         BIGINT         NOT NULL PRIMARY KEY,
    title_fr   VARCHAR(300)   NOT NULL,
    title_en   VARCHAR(300)   NOT NULL,
    goal_fr    VARCHAR(2000),
    goal_en    VARCHAR(2000),
    text_fr    VARCHAR(10000),
    text_en    VARCHAR(10000),
    starts_on  DATE           NOT NULL,
    ends_on    DATE,
    status     VARCHAR(20)    NOT NULL,
    links      VARCHAR(2000),
    created_at TIMESTAMP      NOT NULL,
    updated_at TIMESTAMP      NOT NULL
);

CREATE TABLE advocacy_suggested_action (
    campaign_id BIGINT        NOT NULL REFERENCES advocacy_campaign (id) ON DELETE CASCADE,
    audience    VARCHAR(20)   NOT NULL,
    position    INTEGER       NOT NULL,
    action_kind VARCHAR(30)   NOT NULL,
    text_fr     VARCHAR(1000) NOT NULL,
    text_en     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (campaign_id, audience, position)
);

CREATE TABLE advocacy_model_letter (
    id             BIGINT         NOT NULL PRIMARY KEY,
    campaign_id    BIGINT         NOT NULL REFERENCES advocacy_campaign (id) ON DELETE CASCADE,
    language       VARCHAR(2)     NOT NULL,
    audience       VARCHAR(20)    NOT NULL,
    addressee_kind VARCHAR(30)    NOT NULL,
    title          VARCHAR(300)   NOT NULL,
    subject        VARCHAR(300)   NOT NULL,
    body           VARCHAR(10000) NOT NULL,
    updated_at     TIMESTAMP      NOT NULL
);

CREATE INDEX advocacy_model_letter_by_campaign ON advocacy_model_letter (campaign_id);

CREATE TABLE advocacy_action (
    id              BIGINT        NOT NULL PRIMARY KEY,
    campaign_id     BIGINT        NOT NULL REFERENCES advocacy_campaign (id) ON DELETE CASCADE,
    reporter_kind   VARCHAR(20)   NOT NULL,
    organization_id BIGINT        REFERENCES organization (id),
    reporter_name   VARCHAR(200)  NOT NULL,
    province        VARCHAR(2)    NOT NULL,
    action_kind     VARCHAR(30)   NOT NULL,
    target_kind     VARCHAR(30)   NOT NULL,
    target_name     VARCHAR(200),
    riding          VARCHAR(200),
    taken_on        DATE          NOT NULL,
    result          VARCHAR(30)   NOT NULL,
    notes           VARCHAR(4000),
    recorded_by     VARCHAR(100)  NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL
);

CREATE INDEX advocacy_action_by_campaign ON advocacy_action (campaign_id, taken_on);
CREATE INDEX advocacy_action_by_kind ON advocacy_action (action_kind, taken_on);
