package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.common.Labelled;

/** Whom a suggested action or a model letter is for: member organizations, or individuals. */
public enum Audience implements Labelled {
    ORGANIZATIONS, INDIVIDUALS;

    @Override
    public String labelKey() {
        return "advocacy.audience." + name();
    }
}
