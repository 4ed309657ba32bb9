package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.common.Labelled;

/** The parts of a consultation's programme. */
public enum SessionKind implements Labelled {
    WORKING_GROUP_MEETING, WORKSHOP, CAUCUS, GENERAL_ASSEMBLY;

    @Override
    public String labelKey() {
        return "session.kind." + name();
    }
}
