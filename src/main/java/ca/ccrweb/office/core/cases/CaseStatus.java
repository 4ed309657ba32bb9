package ca.ccrweb.office.core.cases;

import ca.ccrweb.office.core.common.Labelled;

import java.time.LocalDate;

/**
 * Where a case stands, read from its dates (never typed): received, raised with the government office, answered,
 * closed; PURGED once retention has removed everything but its anonymized skeleton.
 */
public enum CaseStatus implements Labelled {
    RECEIVED, RAISED, ANSWERED, CLOSED, PURGED;

    static CaseStatus of(LocalDate raisedOn, LocalDate answeredOn, LocalDate closedOn) {
        if (closedOn != null) {
            return CLOSED;
        }
        if (answeredOn != null) {
            return ANSWERED;
        }
        return raisedOn != null ? RAISED : RECEIVED;
    }

    @Override
    public String labelKey() {
        return "cases.status." + name();
    }
}
