package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.RateCategory;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.events.Session;
import ca.ccrweb.office.core.events.SessionDraft;
import ca.ccrweb.office.core.events.SessionKind;
import ca.ccrweb.office.core.events.WorkingGroup;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.FxTesting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** Events for the screens' tests: a spring consultation in Halifax with its fee schedule and programme. */
final class EventSamples {
    static final LocalDate START = LocalDate.now(FxTesting.CLOCK).plusMonths(6).withDayOfMonth(10);

    final Event consultation;
    final RateCategory member;
    final RateCategory nonMember;
    final RateCategory youth;
    final Session assembly;
    final Session protection;

    private EventSamples(Event consultation, RateCategory member, RateCategory nonMember, RateCategory youth,
                         Session assembly, Session protection) {
        this.consultation = consultation;
        this.member = member;
        this.nonMember = nonMember;
        this.youth = youth;
        this.assembly = assembly;
        this.protection = protection;
    }

    static EventSamples consultation(OfficeServices office, Integer capacity) {
        var events = office.events();
        Event consultation = events.create(new EventDraft(EventKind.NATIONAL_CONSULTATION,
                "Consultation du printemps", "Spring Consultation", START, START.plusDays(2), "Halifax",
                "Westin Nova Scotian", capacity, START.minusDays(10), null, EventStatus.REGISTRATION_OPEN));
        RateCategory member = events.addRate(consultation.id(), new RateCategoryDraft(RateKind.MEMBER, "Membre",
                "Member", 25_000L, 10_000L, null, null));
        RateCategory nonMember = events.addRate(consultation.id(), new RateCategoryDraft(RateKind.NON_MEMBER,
                "Non-membre", "Non-member", 40_000L, 16_000L, null, null));
        RateCategory youth = events.addRate(consultation.id(), new RateCategoryDraft(RateKind.SPECIAL, "Jeunes",
                "Youth", 5_000L, 2_000L, null, null));
        Session assembly = events.addSession(consultation.id(), new SessionDraft(SessionKind.GENERAL_ASSEMBLY,
                "Assemblée générale", "General assembly", null, null, START.plusDays(2), LocalTime.of(9, 0),
                LocalTime.of(12, 0), "Grand salon", null));
        Session protection = events.addSession(consultation.id(), new SessionDraft(
                SessionKind.WORKING_GROUP_MEETING, "Protection au Canada", "Protection in Canada",
                WorkingGroup.INLAND_PROTECTION, null, START, LocalTime.of(13, 30), LocalTime.of(16, 0), "Salle B",
                1));
        return new EventSamples(consultation, member, nonMember, youth, assembly, protection);
    }

    static RegistrationDraft person(String name, String email, Long memberId, String organization) {
        return new RegistrationDraft(new ContactDraft(name, email, null, Language.FR, null, null), memberId,
                memberId == null ? organization : null, null, Set.of(), Set.of(), Language.FR, null, null, null, null,
                null);
    }
}
