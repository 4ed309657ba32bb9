package ca.ccrweb.office.core.security;

import ca.ccrweb.office.core.common.Labelled;

/** What a person who uses this application may do, by the matrix of {@link Permission}. */
public enum Role implements Labelled {
    ADMINISTRATOR, STAFF, CASEWORKER, VIEWER;

    @Override
    public String labelKey() {
        return "role." + name();
    }
}
