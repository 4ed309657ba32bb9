package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.PlaceCount;
import ca.ccrweb.office.desktop.common.Localizer;

import java.util.ArrayList;
import java.util.List;

/** How an event is said on screen: its dates, its place, its places taken. */
final class EventTexts {
    private EventTexts() {
    }

    static String dates(Localizer localizer, Event event) {
        if (event.startsOn().equals(event.endsOn())) {
            return localizer.date(event.startsOn());
        }
        return localizer.get("events.dates.range", localizer.date(event.startsOn()), localizer.date(event.endsOn()));
    }

    /** "412 / 450" with a capacity, "412" without. */
    static String places(Localizer localizer, Event event, PlaceCount places) {
        return event.capacity() == null ? localizer.number(places.taken())
                : localizer.get("events.places.ofCapacity", localizer.number(places.taken()),
                localizer.number(event.capacity()));
    }

    /** The line under the event's title: kind, dates, city and venue, status. */
    static String facts(Localizer localizer, Event event) {
        List<String> parts = new ArrayList<>();
        parts.add(localizer.label(event.kind()));
        parts.add(dates(localizer, event));
        String place = event.city() == null ? event.venue()
                : event.venue() == null ? event.city() : event.city() + ", " + event.venue();
        if (place != null) {
            parts.add(place);
        }
        if (event.capacity() != null) {
            parts.add(localizer.plural("events.facts.capacity", event.capacity(), localizer.number(event.capacity())));
        }
        return String.join(" · ", parts);
    }
}
