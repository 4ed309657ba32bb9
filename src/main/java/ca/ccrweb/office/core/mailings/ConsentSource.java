package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.common.Labelled;

/** Where a subscriber's consent came from. */
public enum ConsentSource implements Labelled {
    FORM, EMAIL, EVENT_REGISTRATION, IMPORT;

    @Override
    public String labelKey() {
        return "mailings.source." + name();
    }
}
