package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.Organization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One event's registrations being taken inside a transaction: the event, its rates and sessions, the
 * places and seats taken and who is already registered are read once and kept up to date as rows are added.
 * The fee is computed by {@link FeeRules} (never typed); places and seats are given in order, then the waiting list.
 */
final class Intake {
    private final RegistrationRepository registrations;
    private final MembershipService membership;
    private final Ids ids;
    private final Clock clock;
    private final Event event;
    private final List<RateCategory> rates;
    private final Map<Long, Session> sessions = new HashMap<>();
    private final Function<ContactDraft, Contact> people;
    private final Runnable writePeople;
    private final Set<Long> registeredContacts;
    private final Map<Long, Integer> seatsTaken = new HashMap<>();
    private final Map<Long, Organization> organizations = new HashMap<>();
    private final Map<String, Boolean> membershipOnDay = new HashMap<>();
    private final List<RegistrationRepository.NewRegistration> written = new ArrayList<>();
    private int placesTaken;

    Intake(RegistrationRepository registrations, EventService events, MembershipService membership, Ids ids,
           Clock clock, long eventId, Function<ContactDraft, Contact> people, Runnable writePeople) {
        this.registrations = registrations;
        this.membership = membership;
        this.ids = ids;
        this.clock = clock;
        this.event = events.require(eventId);
        this.rates = events.rates(eventId);
        events.sessions(eventId).forEach(session -> sessions.put(session.id(), session));
        this.people = people;
        this.writePeople = writePeople;
        this.registeredContacts = new HashSet<>(registrations.contactsRegistered(eventId));
        this.placesTaken = registrations.placesTaken(eventId);
    }

    long add(RegistrationDraft draft) {
        Validator validator = new Validator();
        // The person is checked again when found or created; checking here shows every field's message at once.
        validator.required("fullName", draft.person().fullName(), 200);
        validator.optionalEmail("email", draft.person().email());
        validator.optionalPhone("phone", draft.person().phone());
        String organizationName = validator.optional("organizationName", draft.organizationName(), 200);
        String accessibility = validator.optional("accessibilityNeeds", draft.accessibilityNeeds(), 1000);
        String dietary = validator.optional("dietaryNeeds", draft.dietaryNeeds(), 1000);
        String interpretation = validator.optional("interpretation", draft.interpretation(), 100);
        String childcare = validator.optional("childcareNeeds", draft.childcareNeeds(), 1000);
        validator.required("language", draft.language());
        validator.throwIfInvalid();
        if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.COMPLETED) {
            throw new OfficeException("registration.error.eventClosed", event.title(draft.language()));
        }
        LocalDate registeredOn = draft.registeredOn() == null ? LocalDate.now(clock) : draft.registeredOn();
        Organization organization = draft.organizationId() == null ? null : organization(draft.organizationId());
        RegistrationRules.checkDays(event, draft.days());
        Set<LocalDate> days = draft.days().isEmpty() ? Set.copyOf(event.days()) : draft.days();
        List<Session> chosen = RegistrationRules.sessionsChosen(sessions, draft.sessionIds(), days, draft.language());
        Contact person = people.apply(new ContactDraft(draft.person().fullName(), draft.person().email(),
                draft.person().phone(), draft.language(), organization == null ? null : organization.id(),
                organization == null ? organizationName : null));
        if (!registeredContacts.add(person.id())) {
            throw ValidationException.of("email", "registration.error.alreadyRegistered", person.fullName());
        }
        RateCategory rate = RegistrationRules.chooseRate(rates, draft.specialRateCategoryId(),
                organization != null && activeMemberOn(organization.id(), registeredOn));
        Fee fee = FeeRules.compute(event, rate, draft.days(), registeredOn);
        boolean full = event.capacity() != null && placesTaken >= event.capacity();
        if (!full) {
            placesTaken++;
        }
        Map<Long, RegistrationStatus> seats = new LinkedHashMap<>();
        for (Session session : chosen) {
            int taken = seatsTaken.computeIfAbsent(session.id(), registrations::seatsTaken);
            boolean sessionFull = session.capacity() != null && taken >= session.capacity();
            if (!sessionFull) {
                seatsTaken.put(session.id(), taken + 1);
            }
            seats.put(session.id(), sessionFull ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED);
        }
        long id = ids.next();
        written.add(new RegistrationRepository.NewRegistration(id, event.id(), person.id(),
                organization == null ? null : organization.id(), organization == null ? organizationName : null,
                rate.id(), registeredOn, fee.amountCents(),
                full ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED, draft.language(),
                accessibility, dietary, interpretation, childcare, draft.days(), seats));
        return id;
    }

    /** Writes the people created and the registrations added since the last flush. */
    void flush() {
        writePeople.run();
        Instant now = clock.instant();
        registrations.insertAll(written, now);
        written.clear();
    }

    private Organization organization(long organizationId) {
        return organizations.computeIfAbsent(organizationId, id -> membership.find(id)
                .orElseThrow(() -> new OfficeException("organization.error.notFound")));
    }

    private boolean activeMemberOn(long organizationId, LocalDate day) {
        return membershipOnDay.computeIfAbsent(organizationId + "@" + day,
                key -> membership.wasActiveMemberOn(organizationId, day));
    }
}
