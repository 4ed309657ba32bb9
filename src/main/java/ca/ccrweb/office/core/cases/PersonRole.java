package ca.ccrweb.office.core.cases;

import ca.ccrweb.office.core.common.Labelled;

/** A person's part in a case; only a child's date of birth is kept. */
public enum PersonRole implements Labelled {
    APPLICANT, CHILD, PARENT, SPOUSE, SPONSOR, OTHER;

    @Override
    public String labelKey() {
        return "cases.personRole." + name();
    }
}
