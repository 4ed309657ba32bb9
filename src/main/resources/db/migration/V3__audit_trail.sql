-- Every change, sign-in and export of personal data, who made it, when (UTC), from which workstation.
-- Append-only: the engine-specific migration V3_1 makes the database refuse updates and deletes.

CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP     NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    workstation   VARCHAR(200)  NOT NULL,
    action        VARCHAR(60)   NOT NULL,
    entity        VARCHAR(60),
    entity_id     VARCHAR(40),
    before_values TEXT,
    after_values  TEXT,
    outcome       VARCHAR(20)   NOT NULL
);

CREATE INDEX audit_entry_by_time ON audit_entry (occurred_at);
CREATE INDEX audit_entry_by_entity ON audit_entry (entity, entity_id);
