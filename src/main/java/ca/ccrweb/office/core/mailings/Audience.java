package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.events.RegistrationStatus;

/**
 * A mailing's audience: its kind and what the kind needs (the list, the event and an optional registration
 * status, the fund's year).
 */
public record Audience(AudienceKind kind, Long listId, Long eventId, RegistrationStatus registrationStatus,
                       Integer fundYear) {

    public static Audience members() {
        return new Audience(AudienceKind.MEMBERS, null, null, null, null);
    }

    public static Audience administrators() {
        return new Audience(AudienceKind.ADMINISTRATORS, null, null, null, null);
    }

    public static Audience list(long listId) {
        return new Audience(AudienceKind.LIST, listId, null, null, null);
    }

    public static Audience registrants(long eventId, RegistrationStatus status) {
        return new Audience(AudienceKind.EVENT_REGISTRANTS, null, eventId, status, null);
    }

    public static Audience fundApplicants(int year) {
        return new Audience(AudienceKind.FUND_APPLICANTS, null, null, null, year);
    }

    public static Audience onePerson() {
        return new Audience(AudienceKind.ONE_PERSON, null, null, null, null);
    }
}
