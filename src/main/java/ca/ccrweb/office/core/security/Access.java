package ca.ccrweb.office.core.security;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;

/**
 * The check every service makes before it acts: the actor's role must hold the permission. A refusal is
 * written to the audit trail and the call fails with a message naming what was refused.
 */
public final class Access {
    private final Actor actor;
    private final AuditLog audit;

    public Access(Actor actor, AuditLog audit) {
        this.actor = actor;
        this.audit = audit;
    }

    public void require(Permission permission, String action) {
        if (!allows(permission)) {
            audit.denied(action, permission.name());
            throw new OfficeException("security.error.denied", permission, actor.role());
        }
    }

    /** Whether the actor may act so now, without auditing: for a face deciding what to show. */
    public boolean allows(Permission permission) {
        if (permission.needsCaseHandling()) {
            return actor.handlesCases();
        }
        return permission.grantedTo(actor.role());
    }

    public Actor actor() {
        return actor;
    }
}
