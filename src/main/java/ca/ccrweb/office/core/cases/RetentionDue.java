package ca.ccrweb.office.core.cases;

import java.time.LocalDate;

/** A closed case whose retention period has run out, as the review lists it (no person named). */
public record RetentionDue(long id, String reference, CaseKind kind, LocalDate closedOn, LocalDate keptUntil,
                           boolean legalHold) {
}
