package ca.ccrweb.office.core.cases;

import ca.ccrweb.office.core.common.Labelled;

/** What a case is about: the four kinds the member guide names, and any other. */
public enum CaseKind implements Labelled {
    FAMILY_REUNIFICATION, SEPARATED_CHILD, REMOVAL, URGENT, OTHER;

    @Override
    public String labelKey() {
        return "cases.kind." + name();
    }
}
