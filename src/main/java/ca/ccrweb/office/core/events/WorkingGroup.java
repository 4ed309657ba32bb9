package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.common.Labelled;

/** The three working groups of the CCR. */
public enum WorkingGroup implements Labelled {
    IMMIGRATION_AND_SETTLEMENT, INLAND_PROTECTION, OVERSEAS_PROTECTION_AND_SPONSORSHIP;

    @Override
    public String labelKey() {
        return "workingGroup." + name();
    }
}
