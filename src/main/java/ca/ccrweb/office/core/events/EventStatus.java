package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.common.Labelled;

/** Where an event stands. */
public enum EventStatus implements Labelled {
    PLANNED, REGISTRATION_OPEN, REGISTRATION_CLOSED, COMPLETED, CANCELLED;

    @Override
    public String labelKey() {
        return "event.status." + name();
    }
}
