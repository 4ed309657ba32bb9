package ca.ccrweb.office.core.cases;

import ca.ccrweb.office.core.membership.Province;

import java.time.LocalDate;

/** A case as the list shows it to caseworkers: nothing sealed, no person named. */
public record CaseSummary(long id, String reference, CaseKind kind, CaseStatus status, Long organizationId,
                          String organizationName, Province province, String staffInCharge, LocalDate receivedOn,
                          LocalDate closedOn, CaseOutcome outcome, boolean legalHold) {
}
