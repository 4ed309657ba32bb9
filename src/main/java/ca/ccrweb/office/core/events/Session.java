package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.l10n.Language;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A part of a consultation's programme: a working group meeting (with its group), a workshop organized
 * by a member (the organizer recorded), a caucus session or the general assembly.
 */
public record Session(long id, long eventId, SessionKind kind, String titleFr, String titleEn,
                      WorkingGroup workingGroup, Long organizerOrganizationId, LocalDate day, LocalTime startsAt,
                      LocalTime endsAt, String room, Integer capacity, long version) {

    public String title(Language language) {
        return language == Language.FR ? titleFr : titleEn;
    }
}
