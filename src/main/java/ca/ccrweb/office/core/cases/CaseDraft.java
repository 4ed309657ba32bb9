package ca.ccrweb.office.core.cases;

import java.time.LocalDate;

/**
 * What a caseworker types about a case, apart from its people, steps and documents. {@code memberContactName} and
 * {@code memberContactEmail}: the person at the member organization who wrote to the office.
 */
public record CaseDraft(CaseKind kind, Long organizationId, String memberContactName, String memberContactEmail,
                        String staffInCharge, LocalDate receivedOn, LocalDate raisedOn, LocalDate answeredOn,
                        LocalDate closedOn, String governmentOffice, String governmentReference, CaseOutcome outcome) {
}
