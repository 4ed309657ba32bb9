package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.PlaceCount;

/** One line of the list of events: the event with its places taken and its waiting list. */
public record EventRow(Event event, PlaceCount places) {
    public long id() {
        return event.id();
    }
}
