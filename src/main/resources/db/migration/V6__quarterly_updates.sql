-- The quarterly update: one edition per year, quarter, language and revision. A published edition is never
-- changed again (the service refuses it); a revision is a new draft copied from it. The image and the
-- published PDF are bytes, whose column type differs by engine: they are added in db/vendor (V6_1).

CREATE TABLE quarterly_update (
    id            BIGINT        NOT NULL PRIMARY KEY,
    update_year   INTEGER       NOT NULL,
    quarter       INTEGER       NOT NULL,
    language      VARCHAR(2)    NOT NULL,
    revision      INTEGER       NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    issue_date    DATE          NOT NULL,
    paper         VARCHAR(10)   NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    image_caption VARCHAR(300),
    image_page    INTEGER,
    published_at  TIMESTAMP,
    published_by  VARCHAR(100),
    created_at    TIMESTAMP     NOT NULL,
    updated_at    TIMESTAMP     NOT NULL
);

CREATE UNIQUE INDEX quarterly_update_edition ON quarterly_update (update_year, quarter, language, revision);

CREATE TABLE quarterly_update_section (
    id        BIGINT        NOT NULL PRIMARY KEY,
    update_id BIGINT        NOT NULL REFERENCES quarterly_update (id) ON DELETE CASCADE,
    page      INTEGER       NOT NULL,
    position  INTEGER       NOT NULL,
    heading   VARCHAR(200)  NOT NULL,
    body      VARCHAR(8000) NOT NULL
);

CREATE INDEX quarterly_update_section_by_update ON quarterly_update_section (update_id);

CREATE TABLE quarterly_update_figure (
    id           BIGINT       NOT NULL PRIMARY KEY,
    update_id    BIGINT       NOT NULL REFERENCES quarterly_update (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    source       VARCHAR(40),
    label        VARCHAR(200) NOT NULL,
    figure_value VARCHAR(40)  NOT NULL,
    edited       BOOLEAN      NOT NULL
);

CREATE INDEX quarterly_update_figure_by_update ON quarterly_update_figure (update_id);
