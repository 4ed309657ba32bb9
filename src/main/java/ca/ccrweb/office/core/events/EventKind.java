package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.common.Labelled;

/** The kinds of events the office runs. */
public enum EventKind implements Labelled {
    NATIONAL_CONSULTATION, WORKING_GROUP_MEETINGS, YOUTH_ACTION_GATHERING, WEBINAR, VIRTUAL_MEETING;

    /** Webinars and virtual meetings are free for members. */
    public boolean freeForMembers() {
        return this == WEBINAR || this == VIRTUAL_MEETING;
    }

    @Override
    public String labelKey() {
        return "event.kind." + name();
    }
}
