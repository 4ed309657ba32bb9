package ca.ccrweb.office.core.cases;

import ca.ccrweb.office.core.common.Validator;

import java.time.LocalDate;
import java.util.function.Predicate;

/** The checks a case's details pass before they are saved, new or changed. */
final class CaseChecks {
    private CaseChecks() {
    }

    /** The draft with its texts trimmed, or every field's refusal: dates in order and none in the future. */
    static CaseDraft check(CaseDraft draft, LocalDate today, Predicate<Long> organizationExists) {
        Validator validator = new Validator();
        validator.required("kind", draft.kind());
        validator.required("organization", draft.organizationId());
        String contactName = validator.optional("memberContactName", draft.memberContactName(), 200);
        String contactEmail = validator.optionalEmail("memberContactEmail", draft.memberContactEmail());
        String staff = validator.optional("staffInCharge", draft.staffInCharge(), 60);
        validator.required("receivedOn", draft.receivedOn());
        checkDate(validator, "receivedOn", draft.receivedOn(), null, today);
        checkDate(validator, "raisedOn", draft.raisedOn(), draft.receivedOn(), today);
        checkDate(validator, "answeredOn", draft.answeredOn(), draft.raisedOn() != null ? draft.raisedOn()
                : draft.receivedOn(), today);
        checkDate(validator, "closedOn", draft.closedOn(), draft.receivedOn(), today);
        String office = validator.optional("governmentOffice", draft.governmentOffice(), 200);
        String reference = validator.optional("governmentReference", draft.governmentReference(), 100);
        if (draft.closedOn() != null && draft.outcome() == null) {
            validator.reject("outcome", "cases.error.outcomeWhenClosed");
        }
        if (draft.organizationId() != null && !organizationExists.test(draft.organizationId())) {
            validator.reject("organization", "cases.error.noOrganization");
        }
        validator.throwIfInvalid();
        return new CaseDraft(draft.kind(), draft.organizationId(), contactName, contactEmail, staff, draft.receivedOn(),
                draft.raisedOn(), draft.answeredOn(), draft.closedOn(), office, reference, draft.outcome());
    }

    private static void checkDate(Validator validator, String field, LocalDate date, LocalDate notBefore,
                                  LocalDate today) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            validator.reject(field, "cases.error.dateInFuture");
        } else if (notBefore != null && date.isBefore(notBefore)) {
            validator.reject(field, "cases.error.dateTooEarly");
        }
    }
}
