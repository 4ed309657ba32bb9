package ca.ccrweb.office.core.governance;

import ca.ccrweb.office.core.common.Labelled;

/** Where a resolution stands; adopted and amended resolutions are the council's policy. */
public enum ResolutionStatus implements Labelled {
    PROPOSED, ADOPTED, AMENDED, REJECTED, WITHDRAWN, ARCHIVED;

    /** Printed in the year's book of resolutions. */
    public boolean inForce() {
        return this == ADOPTED || this == AMENDED;
    }

    @Override
    public String labelKey() {
        return "resolution.status." + name();
    }
}
