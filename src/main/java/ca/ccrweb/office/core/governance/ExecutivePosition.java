package ca.ccrweb.office.core.governance;

import ca.ccrweb.office.core.common.Labelled;

/** The positions of the executive committee, in the order the roster lists them. */
public enum ExecutivePosition implements Labelled {
    PRESIDENT, VICE_PRESIDENT, TREASURER, SECRETARY, MEMBER_AT_LARGE;

    /** One person at a time; vice-presidents and members at large are several. */
    public boolean singleHolder() {
        return this == PRESIDENT || this == TREASURER || this == SECRETARY;
    }

    @Override
    public String labelKey() {
        return "executive.position." + name();
    }
}
