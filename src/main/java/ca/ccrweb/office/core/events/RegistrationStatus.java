package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.common.Labelled;

/** A registration's status. */
public enum RegistrationStatus implements Labelled {
    REGISTERED, WAITLISTED, CANCELLED, ATTENDED, NO_SHOW;

    /** Whether the registration holds one of the event's places. */
    public boolean holdsAPlace() {
        return this == REGISTERED || this == ATTENDED || this == NO_SHOW;
    }

    @Override
    public String labelKey() {
        return "registration.status." + name();
    }
}
