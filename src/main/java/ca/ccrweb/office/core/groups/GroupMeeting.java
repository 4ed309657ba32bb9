package ca.ccrweb.office.core.groups;

import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.l10n.Language;

import java.time.LocalDate;

/**
 * A meeting of a group as the events already record it: a working group's session in a consultation's
 * programme ({@code sessionId} set), or a whole event of the kind the group holds (working group meetings,
 * youth action gatherings).
 */
public record GroupMeeting(long eventId, Long sessionId, EventKind eventKind, LocalDate day, String titleFr,
                           String titleEn, String city) {

    public String title(Language language) {
        return language == Language.FR ? titleFr : titleEn;
    }
}
