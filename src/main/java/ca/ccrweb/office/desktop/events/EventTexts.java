package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.PlaceCount;
import ca.ccrweb.office.desktop.common.Localizer;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How an event is said on screen: its dates, its place, its places taken. */
final class EventTexts {
    private EventTexts() {
    }

    /** "Nov 26 – Nov 28, 2025": the year once when both days fall in it. */
    static String dates(Localizer localizer, Event event) {
        if (event.startsOn().equals(event.endsOn())) {
            return localizer.date(event.startsOn());
        }
        String start = event.startsOn().getYear() == event.endsOn().getYear()
                ? withoutYear(localizer.messages().locale()).format(event.startsOn())
                : localizer.date(event.startsOn());
        return localizer.get("events.dates.range", start, localizer.date(event.endsOn()));
    }

    private static DateTimeFormatter withoutYear(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(pattern.replaceAll("[\\s,]*y+[\\s,]*", " ").strip(), locale);
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
