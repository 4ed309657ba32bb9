-- The version of a changed record goes up by one. Any change to these tables also raises the change counter (a
-- sequence: no lock, so writers never wait for each other on it) and tells the other workstations at commit
-- (NOTIFY ccr_office_changes, the table's name), whose open lists then reload.
CREATE SEQUENCE change_counter;

CREATE FUNCTION record_version_raised() RETURNS trigger AS $$
BEGIN
    NEW.version := OLD.version + 1;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION record_change_announced() RETURNS trigger AS $$
BEGIN
    PERFORM nextval('change_counter');
    PERFORM pg_notify('ccr_office_changes', TG_TABLE_NAME);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER organization_version BEFORE UPDATE ON organization
    FOR EACH ROW EXECUTE FUNCTION record_version_raised();
CREATE TRIGGER organization_changed AFTER INSERT OR UPDATE OR DELETE ON organization
    FOR EACH STATEMENT EXECUTE FUNCTION record_change_announced();

CREATE TRIGGER account_version BEFORE UPDATE ON account
    FOR EACH ROW EXECUTE FUNCTION record_version_raised();
CREATE TRIGGER account_changed AFTER INSERT OR UPDATE OR DELETE ON account
    FOR EACH STATEMENT EXECUTE FUNCTION record_change_announced();

CREATE TRIGGER event_version BEFORE UPDATE ON event
    FOR EACH ROW EXECUTE FUNCTION record_version_raised();
CREATE TRIGGER event_changed AFTER INSERT OR UPDATE OR DELETE ON event
    FOR EACH STATEMENT EXECUTE FUNCTION record_change_announced();

CREATE TRIGGER rate_category_version BEFORE UPDATE ON rate_category
    FOR EACH ROW EXECUTE FUNCTION record_version_raised();
CREATE TRIGGER rate_category_changed AFTER INSERT OR UPDATE OR DELETE ON rate_category
    FOR EACH STATEMENT EXECUTE FUNCTION record_change_announced();

CREATE TRIGGER event_session_version BEFORE UPDATE ON event_session
    FOR EACH ROW EXECUTE FUNCTION record_version_raised();
CREATE TRIGGER event_session_changed AFTER INSERT OR UPDATE OR DELETE ON event_session
    FOR EACH STATEMENT EXECUTE FUNCTION record_change_announced();

CREATE TRIGGER registration_version BEFORE UPDATE ON registration
    FOR EACH ROW EXECUTE FUNCTION record_version_raised();
CREATE TRIGGER registration_changed AFTER INSERT OR UPDATE OR DELETE ON registration
    FOR EACH STATEMENT EXECUTE FUNCTION record_change_announced();

CREATE TRIGGER fund_application_version BEFORE UPDATE ON fund_application
    FOR EACH ROW EXECUTE FUNCTION record_version_raised();
CREATE TRIGGER fund_application_changed AFTER INSERT OR UPDATE OR DELETE ON fund_application
    FOR EACH STATEMENT EXECUTE FUNCTION record_change_announced();

CREATE TRIGGER quarterly_update_version BEFORE UPDATE ON quarterly_update
    FOR EACH ROW EXECUTE FUNCTION record_version_raised();
CREATE TRIGGER quarterly_update_changed AFTER INSERT OR UPDATE OR DELETE ON quarterly_update
    FOR EACH STATEMENT EXECUTE FUNCTION record_change_announced();
