package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.contacts.ContactService;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.db.schema.tables.records.RegistrationRecord;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.Organization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static ca.ccrweb.office.core.db.Timestamps.utc;

/**
 * Registrations for events: the person found or created by email, the fee computed by {@link FeeRules}
 * (never typed), places and seats given in order with a waiting list, payments, check-in.
 */
public final class RegistrationService {
    private final Database database;
    private final RegistrationRepository registrations;
    private final EventService events;
    private final ContactService contacts;
    private final MembershipService membership;
    private final Ids ids;
    private final Clock clock;
    private final Actor actor;

    public RegistrationService(Database database, EventService events, ContactService contacts,
                               MembershipService membership, Ids ids, Clock clock, Actor actor) {
        this.database = database;
        this.registrations = new RegistrationRepository(database);
        this.events = events;
        this.contacts = contacts;
        this.membership = membership;
        this.ids = ids;
        this.clock = clock;
        this.actor = actor;
        contacts.addReferences(registrations::moveContact);
    }

    public Registration register(long eventId, RegistrationDraft draft) {
        Validator validator = new Validator();
        String organizationName = validator.optional("organizationName", draft.organizationName(), 200);
        String accessibility = validator.optional("accessibilityNeeds", draft.accessibilityNeeds(), 1000);
        String dietary = validator.optional("dietaryNeeds", draft.dietaryNeeds(), 1000);
        String interpretation = validator.optional("interpretation", draft.interpretation(), 100);
        String childcare = validator.optional("childcareNeeds", draft.childcareNeeds(), 1000);
        validator.required("language", draft.language());
        validator.throwIfInvalid();
        return database.transaction(() -> {
            Event event = events.require(eventId);
            if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.COMPLETED) {
                throw new OfficeException("registration.error.eventClosed", event.title(draft.language()));
            }
            LocalDate registeredOn = draft.registeredOn() == null ? LocalDate.now(clock) : draft.registeredOn();
            Organization organization = draft.organizationId() == null ? null
                    : membership.find(draft.organizationId()).orElseThrow(
                            () -> new OfficeException("organization.error.notFound"));
            checkDays(event, draft.days());
            List<Session> sessions = draft.sessionIds().stream()
                    .map(id -> events.session(id).filter(s -> s.eventId() == eventId)
                            .orElseThrow(() -> ValidationException.of("sessions", "registration.error.unknownSession")))
                    .toList();
            Set<LocalDate> days = draft.days().isEmpty() ? Set.copyOf(event.days()) : draft.days();
            for (Session session : sessions) {
                if (!days.contains(session.day())) {
                    throw ValidationException.of("sessions", "registration.error.sessionOnAnotherDay",
                            session.title(draft.language()));
                }
            }
            Contact person = contacts.findOrCreate(new ContactDraft(draft.person().fullName(), draft.person().email(),
                    draft.person().phone(), draft.language(), organization == null ? null : organization.id(),
                    organization == null ? organizationName : null));
            if (registrations.activeRegistrationOf(eventId, person.id()).isPresent()) {
                throw ValidationException.of("email", "registration.error.alreadyRegistered", person.fullName());
            }
            RateCategory rate = chooseRate(event, draft.specialRateCategoryId(), organization, registeredOn);
            Fee fee = FeeRules.compute(event, rate, draft.days(), registeredOn);
            boolean full = event.capacity() != null && registrations.placesTaken(eventId) >= event.capacity();
            RegistrationStatus status = full ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED;

            long id = ids.next();
            Instant now = clock.instant();
            RegistrationRecord record = registrations.newRecord();
            record.setId(id);
            record.setEventId(eventId);
            record.setContactId(person.id());
            record.setOrganizationId(organization == null ? null : organization.id());
            record.setOrganizationName(organization == null ? organizationName : null);
            record.setRateCategoryId(rate.id());
            record.setRegisteredOn(registeredOn);
            record.setAmountDueCents(fee.amountCents());
            record.setFeeWaived(false);
            record.setStatus(status.name());
            record.setLanguage(draft.language().code());
            record.setAccessibilityNeeds(accessibility);
            record.setDietaryNeeds(dietary);
            record.setInterpretation(interpretation);
            record.setChildcareNeeds(childcare);
            record.setCreatedAt(utc(now));
            record.setUpdatedAt(utc(now));
            registrations.insert(record);
            registrations.insertDays(id, draft.days());
            for (Session session : sessions) {
                boolean sessionFull = session.capacity() != null && registrations.seatsTaken(session.id()) >= session.capacity();
                registrations.insertSessionChoice(id, session.id(),
                        sessionFull ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED);
            }
            return require(id);
        });
    }

    /** The fee a registration would have; what the form shows before saving. */
    public Fee quote(long eventId, Long organizationId, Long specialRateCategoryId, Set<LocalDate> days,
                     LocalDate registeredOn) {
        Event event = events.require(eventId);
        Organization organization = organizationId == null ? null : membership.find(organizationId).orElse(null);
        LocalDate day = registeredOn == null ? LocalDate.now(clock) : registeredOn;
        return FeeRules.compute(event, chooseRate(event, specialRateCategoryId, organization, day), days, day);
    }

    /**
     * Cancels a registration. When it held a place, the first person on the waiting list gets it; a seat
     * it held in a session goes to the first person waiting for that session.
     */
    public CancellationResult cancel(long registrationId) {
        return database.transaction(() -> {
            Registration registration = require(registrationId);
            if (registration.status() == RegistrationStatus.CANCELLED) {
                throw new OfficeException("registration.error.alreadyCancelled", registration.fullName());
            }
            Instant now = clock.instant();
            List<Long> seatsFreed = registrations.sessionsOf(registrationId);
            registrations.setStatus(registrationId, RegistrationStatus.CANCELLED, null, now);
            registrations.removeSessionChoices(registrationId);
            for (long sessionId : seatsFreed) {
                registrations.firstWaitingForSession(sessionId).ifPresent(waiting ->
                        registrations.setSessionStatus(waiting, sessionId, RegistrationStatus.REGISTERED));
            }
            Optional<Registration> promoted = Optional.empty();
            if (registration.status().holdsAPlace()) {
                promoted = registrations.firstWaiting(registration.eventId()).map(waiting -> {
                    registrations.setStatus(waiting, RegistrationStatus.REGISTERED, null, now);
                    return require(waiting);
                });
            }
            return new CancellationResult(require(registrationId), promoted);
        });
    }

    /** Marks the person as arrived; the check-in screen's one keystroke. */
    public Registration checkIn(long registrationId) {
        return database.transaction(() -> {
            Registration registration = require(registrationId);
            if (registration.status() != RegistrationStatus.REGISTERED && registration.status() != RegistrationStatus.NO_SHOW) {
                throw new OfficeException("registration.error.cannotCheckIn", registration.fullName(), registration.status());
            }
            registrations.setStatus(registrationId, RegistrationStatus.ATTENDED, clock.instant(), clock.instant());
            return require(registrationId);
        });
    }

    public Registration undoCheckIn(long registrationId) {
        return database.transaction(() -> {
            Registration registration = require(registrationId);
            if (registration.status() != RegistrationStatus.ATTENDED) {
                throw new OfficeException("registration.error.notCheckedIn", registration.fullName());
            }
            registrations.setStatus(registrationId, RegistrationStatus.REGISTERED, null, clock.instant());
            return require(registrationId);
        });
    }

    public Registration markNoShow(long registrationId) {
        return database.transaction(() -> {
            Registration registration = require(registrationId);
            if (registration.status() != RegistrationStatus.REGISTERED) {
                throw new OfficeException("registration.error.cannotMarkNoShow", registration.fullName(), registration.status());
            }
            registrations.setStatus(registrationId, RegistrationStatus.NO_SHOW, null, clock.instant());
            return require(registrationId);
        });
    }

    public Payment recordPayment(long registrationId, long amountCents, LocalDate paidOn, PaymentMethod method,
                                 String reference) {
        Validator validator = new Validator();
        if (amountCents <= 0) {
            validator.reject("amount", "validation.positive");
        }
        validator.required("paidOn", paidOn);
        validator.required("method", method);
        String cleanedReference = validator.optional("reference", reference, 100);
        validator.throwIfInvalid();
        return database.transaction(() -> {
            require(registrationId);
            Payment payment = new Payment(ids.next(), registrationId, amountCents, paidOn, method, cleanedReference,
                    actor.name());
            registrations.insertPayment(payment, clock.instant());
            return payment;
        });
    }

    /** Pays money back; never more than was paid. Recorded as a negative payment. */
    public Payment recordRefund(long registrationId, long amountCents, LocalDate paidOn, PaymentMethod method,
                                String reference) {
        Validator validator = new Validator();
        if (amountCents <= 0) {
            validator.reject("amount", "validation.positive");
        }
        validator.required("paidOn", paidOn);
        validator.required("method", method);
        String cleanedReference = validator.optional("reference", reference, 100);
        validator.throwIfInvalid();
        return database.transaction(() -> {
            Registration registration = require(registrationId);
            if (amountCents > registration.paidCents()) {
                throw ValidationException.of("amount", "payment.error.refundAboveReceived", registration.paidCents() / 100.0);
            }
            Payment refund = new Payment(ids.next(), registrationId, -amountCents, paidOn, method, cleanedReference,
                    actor.name());
            registrations.insertPayment(refund, clock.instant());
            return refund;
        });
    }

    public Registration setFeeWaived(long registrationId, boolean waived) {
        return database.transaction(() -> {
            require(registrationId);
            registrations.setFeeWaived(registrationId, waived, clock.instant());
            return require(registrationId);
        });
    }

    /**
     * Computes the fee again from the current schedule, on staff's request; a change is recorded with who
     * asked and when. A schedule change never alters existing registrations by itself.
     */
    public Registration recalculateFee(long registrationId) {
        return database.transaction(() -> {
            Registration registration = require(registrationId);
            Event event = events.require(registration.eventId());
            RateCategory rate = events.rate(registration.rateCategoryId()).orElseThrow();
            Fee fee = FeeRules.compute(event, rate, registrations.days(registrationId), registration.registeredOn());
            if (fee.amountCents() != registration.amountDueCents()) {
                registrations.setAmountDue(registrationId, fee.amountCents(), clock.instant());
                registrations.recordRecalculation(ids.next(), registrationId, registration.amountDueCents(),
                        fee.amountCents(), actor.name(), clock.instant());
            }
            return require(registrationId);
        });
    }

    public int recalculationCount(long registrationId) {
        return registrations.recalculations(registrationId);
    }

    public Optional<Registration> find(long registrationId) {
        return registrations.find(registrationId);
    }

    public List<Registration> ofEvent(long eventId) {
        return registrations.ofEvent(eventId);
    }

    public List<LocalDate> days(long registrationId) {
        return registrations.days(registrationId);
    }

    public List<SessionChoice> sessionChoices(long registrationId) {
        return registrations.sessionChoices(registrationId);
    }

    public List<Payment> payments(long registrationId) {
        return registrations.payments(registrationId);
    }

    public List<Payment> paymentsOfEvent(long eventId) {
        return registrations.paymentsOfEvent(eventId);
    }

    private RateCategory chooseRate(Event event, Long specialRateCategoryId, Organization organization,
                                    LocalDate registeredOn) {
        List<RateCategory> rates = events.rates(event.id());
        if (specialRateCategoryId != null) {
            return rates.stream().filter(rate -> rate.id() == specialRateCategoryId && rate.kind() == RateKind.SPECIAL)
                    .findFirst()
                    .orElseThrow(() -> ValidationException.of("rateCategory", "registration.error.unknownRate"));
        }
        boolean member = organization != null && membership.wasActiveMemberOn(organization.id(), registeredOn);
        RateKind kind = member ? RateKind.MEMBER : RateKind.NON_MEMBER;
        return rates.stream().filter(rate -> rate.kind() == kind).findFirst()
                .orElseThrow(() -> new OfficeException("registration.error.noRate", kind));
    }

    private static void checkDays(Event event, Set<LocalDate> days) {
        for (LocalDate day : days) {
            if (day.isBefore(event.startsOn()) || day.isAfter(event.endsOn())) {
                throw ValidationException.of("days", "registration.error.dayOutsideEvent");
            }
        }
    }

    private Registration require(long registrationId) {
        return registrations.find(registrationId).orElseThrow(() -> new OfficeException("registration.error.notFound"));
    }
}
