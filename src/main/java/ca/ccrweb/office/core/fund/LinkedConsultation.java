package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.RegistrationStatus;

/** A consultation an application names, with the applicant's registration there (if any) and their attendance. */
public record LinkedConsultation(Event event, Long registrationId, RegistrationStatus registrationStatus,
                                 Attendance attendance) {
}
