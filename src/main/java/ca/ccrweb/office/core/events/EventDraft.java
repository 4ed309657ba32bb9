package ca.ccrweb.office.core.events;

import java.time.LocalDate;

public record EventDraft(EventKind kind, String titleFr, String titleEn, LocalDate startsOn, LocalDate endsOn,
                         String city, String venue, Integer capacity, LocalDate registrationDeadline,
                         LocalDate earlyBirdDeadline, EventStatus status) {
}
