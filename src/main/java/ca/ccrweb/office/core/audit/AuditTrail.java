package ca.ccrweb.office.core.audit;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;

import java.util.List;
import java.util.Map;

/**
 * Reading the audit trail, for administrators only. Separate from {@link AuditLog}, which writes it: the
 * access check writes its refusals through the log, so the log cannot itself hold the check.
 */
public final class AuditTrail {
    private final AuditTrailRepository trail;
    private final Access access;

    public AuditTrail(Database database, Access access) {
        this.trail = new AuditTrailRepository(database);
        this.access = access;
    }

    /** The newest lines first, at most {@code limit}, filtered in the database. */
    public List<AuditEntry> search(AuditFilter filter, int limit) {
        access.require(Permission.VIEW_AUDIT, "VIEW_AUDIT");
        return trail.search(filter, limit);
    }

    /** The staff's full names by the name they sign in with, so the trail names people rather than accounts. */
    public Map<String, String> staffNames() {
        access.require(Permission.VIEW_AUDIT, "VIEW_AUDIT");
        return trail.staffNames();
    }
}
