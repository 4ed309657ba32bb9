package ca.ccrweb.office.core.audit;

import java.time.Instant;

/**
 * Which lines of the audit trail to read: words found in the actor, action, entity or record (null or blank
 * for any), one outcome (null for any), and a period {@code from} inclusive, {@code until} exclusive (either
 * null for open).
 */
public record AuditFilter(String text, AuditOutcome outcome, Instant from, Instant until) {
    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null);
    }
}
