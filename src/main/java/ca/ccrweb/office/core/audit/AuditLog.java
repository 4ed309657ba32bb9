package ca.ccrweb.office.core.audit;

import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static ca.ccrweb.office.core.db.Timestamps.instant;
import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.AUDIT_ENTRY;

/**
 * The audit trail: every change with the values before and after, written in the transaction of the change
 * (so a change that rolls back leaves no line), and every export of personal data. The database refuses to
 * update or delete its lines. Never give it a secret: activation codes and passwords stay out of the
 * records it is given.
 */
public final class AuditLog {
    private final Database database;
    private final Ids ids;
    private final Clock clock;
    private final Actor actor;
    private final String workstation;

    public AuditLog(Database database, Ids ids, Clock clock, Actor actor) {
        this.database = database;
        this.ids = ids;
        this.clock = clock;
        this.actor = actor;
        this.workstation = workstationName();
    }

    /** A change of one record: {@code before} null for a creation, {@code after} null for a removal. */
    public void changed(String action, String entity, Object entityId, Object before, Object after) {
        write(action, entity, entityId, AuditJson.of(before), AuditJson.of(after), AuditOutcome.DONE);
    }

    /** A refused action: who asked for what without the right to it. Written at once, outside any transaction. */
    public void denied(String action, String permission) {
        write(action, "permission", permission, null, null, AuditOutcome.DENIED);
    }

    /** An act that was asked for and did not happen: the database is as it was, and says so. */
    public void failed(String action, String entity, Object entityId, Object details) {
        write(action, entity, entityId, null, AuditJson.of(details), AuditOutcome.FAILED);
    }

    /** A sign-in, or a failed one (with the name typed, never the password). */
    public void signIn(String username, AuditOutcome outcome, String reason) {
        write("SIGN_IN", "staff_user", username, null, reason == null ? null : AuditJson.of(Map.of(
                "reason", reason)), outcome);
    }

    /** An export of personal data: what was written, how many rows, where. */
    public void exported(String what, String format, int rows, String file) {
        write("EXPORT", what, null, null, "{\"format\":\"" + format + "\",\"rows\":" + rows + ",\"file\":"
                + AuditJson.of(file) + "}", AuditOutcome.DONE);
    }

    private void write(String action, String entity, Object entityId, String before, String after,
                       AuditOutcome outcome) {
        database.dsl().insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.ID, ids.next())
                .set(AUDIT_ENTRY.OCCURRED_AT, utc(clock.instant()))
                .set(AUDIT_ENTRY.ACTOR, actor.name())
                .set(AUDIT_ENTRY.WORKSTATION, workstation)
                .set(AUDIT_ENTRY.ACTION, action)
                .set(AUDIT_ENTRY.ENTITY, entity)
                .set(AUDIT_ENTRY.ENTITY_ID, entityId == null ? null : String.valueOf(entityId))
                .set(AUDIT_ENTRY.BEFORE_VALUES, before)
                .set(AUDIT_ENTRY.AFTER_VALUES, after)
                .set(AUDIT_ENTRY.OUTCOME, outcome.name())
                .execute();
    }

    /** The newest lines first, optionally only those of one entity (and one record of it). */
    public List<AuditEntry> entries(String entity, Object entityId, int limit) {
        Condition condition = DSL.trueCondition();
        if (entity != null) {
            condition = condition.and(AUDIT_ENTRY.ENTITY.eq(entity));
        }
        if (entityId != null) {
            condition = condition.and(AUDIT_ENTRY.ENTITY_ID.eq(String.valueOf(entityId)));
        }
        return database.dsl().selectFrom(AUDIT_ENTRY).where(condition)
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
                .limit(limit)
                .fetch(r -> new AuditEntry(r.getId(), instant(r.getOccurredAt()), r.getActor(), r.getWorkstation(),
                        r.getAction(), r.getEntity(), r.getEntityId(), r.getBeforeValues(), r.getAfterValues(),
                        AuditOutcome.valueOf(r.getOutcome())));
    }

    private static String workstationName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

}
