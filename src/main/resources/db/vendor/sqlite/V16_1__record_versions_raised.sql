-- The version of a changed record goes up by one.

CREATE TRIGGER organization_version AFTER UPDATE ON organization
    WHEN NEW.version = OLD.version
BEGIN
    UPDATE organization SET version = OLD.version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER account_version AFTER UPDATE ON account
    WHEN NEW.version = OLD.version
BEGIN
    UPDATE account SET version = OLD.version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER event_version AFTER UPDATE ON event
    WHEN NEW.version = OLD.version
BEGIN
    UPDATE event SET version = OLD.version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER rate_category_version AFTER UPDATE ON rate_category
    WHEN NEW.version = OLD.version
BEGIN
    UPDATE rate_category SET version = OLD.version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER event_session_version AFTER UPDATE ON event_session
    WHEN NEW.version = OLD.version
BEGIN
    UPDATE event_session SET version = OLD.version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER registration_version AFTER UPDATE ON registration
    WHEN NEW.version = OLD.version
BEGIN
    UPDATE registration SET version = OLD.version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER fund_application_version AFTER UPDATE ON fund_application
    WHEN NEW.version = OLD.version
BEGIN
    UPDATE fund_application SET version = OLD.version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER quarterly_update_version AFTER UPDATE ON quarterly_update
    WHEN NEW.version = OLD.version
BEGIN
    UPDATE quarterly_update SET version = OLD.version + 1 WHERE id = NEW.id;
END;
