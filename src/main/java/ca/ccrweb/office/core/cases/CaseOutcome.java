package ca.ccrweb.office.core.cases;

import ca.ccrweb.office.core.common.Labelled;

/** How a case ended, as the office records it for its statistics. */
public enum CaseOutcome implements Labelled {
    FAVOURABLE, PARTLY_FAVOURABLE, UNFAVOURABLE, WITHDRAWN, NO_RESPONSE, OTHER;

    @Override
    public String labelKey() {
        return "cases.outcome." + name();
    }
}
