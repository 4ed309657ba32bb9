package ca.ccrweb.office.core.communications;

import ca.ccrweb.office.core.common.Labelled;

/** A draft is edited; a published edition is frozen, and a change to it is a new revision. */
public enum UpdateStatus implements Labelled {
    DRAFT, PUBLISHED;

    @Override
    public String labelKey() {
        return "quarterly.status." + name();
    }
}
