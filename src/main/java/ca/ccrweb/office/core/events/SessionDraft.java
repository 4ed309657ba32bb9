package ca.ccrweb.office.core.events;

import java.time.LocalDate;
import java.time.LocalTime;

public record SessionDraft(SessionKind kind, String titleFr, String titleEn, WorkingGroup workingGroup,
                           Long organizerOrganizationId, LocalDate day, LocalTime startsAt, LocalTime endsAt,
                           String room, Integer capacity) {
}
