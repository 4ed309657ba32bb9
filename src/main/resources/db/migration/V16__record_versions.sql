-- Every record staff edit carries a version, raised by one at every change (the engine's trigger in V16_1 does it,
-- whichever statement made the change). A save names the version it opened: one made since is refused (ADR 0023).

ALTER TABLE organization ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE event ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE rate_category ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE event_session ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE registration ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE fund_application ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE quarterly_update ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
