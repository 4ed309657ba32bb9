package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.l10n.Language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An event the office runs, with its dates, place, capacity (null: no limit) and deadlines. */
public record Event(long id, EventKind kind, String titleFr, String titleEn, LocalDate startsOn, LocalDate endsOn,
                    String city, String venue, Integer capacity, LocalDate registrationDeadline,
                    LocalDate earlyBirdDeadline, EventStatus status, long version) {

    public String title(Language language) {
        return language == Language.FR ? titleFr : titleEn;
    }

    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = startsOn; !day.isAfter(endsOn); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    public EventDraft toDraft() {
        return new EventDraft(kind, titleFr, titleEn, startsOn, endsOn, city, venue, capacity, registrationDeadline,
                earlyBirdDeadline, status);
    }
}
