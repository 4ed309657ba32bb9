package ca.ccrweb.office.core.audit;

import java.time.Instant;

/** One line of the audit trail. {@code before} and {@code after} are the record's values as JSON, or null. */
public record AuditEntry(long id, Instant occurredAt, String actor, String workstation, String action, String entity,
                         String entityId, String before, String after, AuditOutcome outcome) {
}
