package ca.ccrweb.office.core.audit;

import ca.ccrweb.office.core.common.Labelled;

public enum AuditOutcome implements Labelled {
    DONE, DENIED, FAILED;

    @Override
    public String labelKey() {
        return "audit.outcome." + name();
    }
}
