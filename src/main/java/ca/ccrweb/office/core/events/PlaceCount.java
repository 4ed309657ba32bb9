package ca.ccrweb.office.core.events;

/** How many people hold a place at an event and how many wait for one, as the list of events shows it. */
public record PlaceCount(int taken, int waitlisted) {
    public static final PlaceCount NONE = new PlaceCount(0, 0);
}
