package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.contacts.ContactService;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.db.schema.tables.records.RegistrationDayRecord;
import ca.ccrweb.office.core.db.schema.tables.records.RegistrationRecord;
import ca.ccrweb.office.core.db.schema.tables.records.RegistrationSessionRecord;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.Organization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
    private final AuditLog audit;
    private final Access access;

    public RegistrationService(Database database, EventService events, ContactService contacts,
                               MembershipService membership, Ids ids, Clock clock, Actor actor, AuditLog audit,
                               Access access) {
        this.database = database;
        this.registrations = new RegistrationRepository(database);
        this.events = events;
        this.contacts = contacts;
        this.membership = membership;
        this.ids = ids;
        this.clock = clock;
        this.actor = actor;
        this.audit = audit;
        this.access = access;
        contacts.addReferences(registrations::moveContact);
    }

    public Registration register(long eventId, RegistrationDraft draft) {
        access.require(Permission.MANAGE_REGISTRATIONS, "REGISTER");
        return database.transaction(() -> {
            Intake intake = new Intake(eventId, contacts::findOrCreate, () -> { });
            long id = intake.add(draft);
            intake.flush();
            Registration registered = require(id);
            audit.changed("REGISTER", "registration", id, null, registered);
            return registered;
        });
    }

    /**
     * Registers many people for one event in one transaction, by the same rules and in the given order (an
     * import, the demo data): what would be read or written row by row is read once and written in batches.
     * Nothing is saved if one of them is refused. Returns how many were registered.
     */
    public int registerAll(long eventId, List<RegistrationDraft> drafts) {
        return registerEach(eventId, drafts).registrationIds().size();
    }

    /** What {@link #registerEach} wrote: the registrations in the order of the drafts, and the people it created. */
    public record Registered(List<Long> registrationIds, List<Long> newContactIds) {
    }

    /** As {@link #registerAll}, telling which registrations and which new people were written (an import's batch). */
    public Registered registerEach(long eventId, List<RegistrationDraft> drafts) {
        access.require(Permission.MANAGE_REGISTRATIONS, "REGISTER_MANY");
        return database.transaction(() -> {
            ContactService.ContactBatch people = contacts.batch();
            Intake intake = new Intake(eventId, people::findOrCreate, people::flush);
            List<Long> registered = new ArrayList<>(drafts.size());
            for (RegistrationDraft draft : drafts) {
                registered.add(intake.add(draft));
            }
            intake.flush();
            audit.changed("REGISTER_MANY", "event", eventId, null, Map.of("registrations", registered));
            return new Registered(registered, people.createdIds());
        });
    }

    /**
     * One event's registrations being taken inside a transaction: the event, its rates and sessions, the
     * places and seats taken and who is already registered are read once and kept up to date as rows are added.
     */
    private final class Intake {
        private final Event event;
        private final List<RateCategory> rates;
        private final Map<Long, Session> sessions = new HashMap<>();
        private final Function<ContactDraft, Contact> people;
        private final Runnable writePeople;
        private final Set<Long> registeredContacts;
        private final Map<Long, Integer> seatsTaken = new HashMap<>();
        private final Map<Long, Organization> organizations = new HashMap<>();
        private final Map<String, Boolean> membershipOnDay = new HashMap<>();
        private final List<RegistrationRecord> records = new ArrayList<>();
        private final List<RegistrationDayRecord> dayRecords = new ArrayList<>();
        private final List<RegistrationSessionRecord> sessionRecords = new ArrayList<>();
        private int placesTaken;

        Intake(long eventId, Function<ContactDraft, Contact> people, Runnable writePeople) {
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
            checkDays(event, draft.days());
            Set<LocalDate> days = draft.days().isEmpty() ? Set.copyOf(event.days()) : draft.days();
            List<Session> chosen = new ArrayList<>();
            for (long sessionId : draft.sessionIds()) {
                Session session = sessions.get(sessionId);
                if (session == null) {
                    throw ValidationException.of("sessions", "registration.error.unknownSession");
                }
                if (!days.contains(session.day())) {
                    throw ValidationException.of("sessions", "registration.error.sessionOnAnotherDay",
                            session.title(draft.language()));
                }
                chosen.add(session);
            }
            Contact person = people.apply(new ContactDraft(draft.person().fullName(), draft.person().email(),
                    draft.person().phone(), draft.language(), organization == null ? null : organization.id(),
                    organization == null ? organizationName : null));
            if (!registeredContacts.add(person.id())) {
                throw ValidationException.of("email", "registration.error.alreadyRegistered", person.fullName());
            }
            RateCategory rate = chooseRate(rates, draft.specialRateCategoryId(),
                    organization != null && activeMemberOn(organization.id(), registeredOn));
            Fee fee = FeeRules.compute(event, rate, draft.days(), registeredOn);
            boolean full = event.capacity() != null && placesTaken >= event.capacity();
            if (!full) {
                placesTaken++;
            }

            long id = ids.next();
            Instant now = clock.instant();
            RegistrationRecord record = registrations.newRecord();
            record.setId(id);
            record.setEventId(event.id());
            record.setContactId(person.id());
            record.setOrganizationId(organization == null ? null : organization.id());
            record.setOrganizationName(organization == null ? organizationName : null);
            record.setRateCategoryId(rate.id());
            record.setRegisteredOn(registeredOn);
            record.setAmountDueCents(fee.amountCents());
            record.setFeeWaived(false);
            record.setStatus((full ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED).name());
            record.setLanguage(draft.language().code());
            record.setAccessibilityNeeds(accessibility);
            record.setDietaryNeeds(dietary);
            record.setInterpretation(interpretation);
            record.setChildcareNeeds(childcare);
            record.setCreatedAt(utc(now));
            record.setUpdatedAt(utc(now));
            records.add(record);
            for (LocalDate day : draft.days()) {
                dayRecords.add(new RegistrationDayRecord(id, day));
            }
            for (Session session : chosen) {
                int taken = seatsTaken.computeIfAbsent(session.id(), registrations::seatsTaken);
                boolean sessionFull = session.capacity() != null && taken >= session.capacity();
                if (!sessionFull) {
                    seatsTaken.put(session.id(), taken + 1);
                }
                sessionRecords.add(new RegistrationSessionRecord(id, session.id(),
                        (sessionFull ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED).name()));
            }
            return id;
        }

        void flush() {
            writePeople.run();
            registrations.insertAll(records, dayRecords, sessionRecords);
            records.clear();
            dayRecords.clear();
            sessionRecords.clear();
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

    /** The fee a registration would have; what the form shows before saving. */
    public Fee quote(long eventId, Long organizationId, Long specialRateCategoryId, Set<LocalDate> days,
                     LocalDate registeredOn) {
        Event event = events.require(eventId);
        Organization organization = organizationId == null ? null : membership.find(organizationId).orElse(null);
        LocalDate day = registeredOn == null ? LocalDate.now(clock) : registeredOn;
        boolean member = organization != null && membership.wasActiveMemberOn(organization.id(), day);
        return FeeRules.compute(event, chooseRate(events.rates(eventId), specialRateCategoryId, member), days, day);
    }

    /**
     * Cancels a registration. When it held a place, the first person on the waiting list gets it; a seat
     * it held in a session goes to the first person waiting for that session.
     */
    public CancellationResult cancel(long registrationId) {
        access.require(Permission.MANAGE_REGISTRATIONS, "CANCEL");
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
            Registration cancelled = require(registrationId);
            audit.changed("CANCEL", "registration", registrationId, registration, cancelled);
            promoted.ifPresent(person -> audit.changed("PROMOTE_FROM_WAITLIST", "registration", person.id(),
                    null, person));
            return new CancellationResult(cancelled, promoted);
        });
    }

    /**
     * Changes an existing registration. The fee follows the rules: when the rate (category, or membership of
     * the organization on the registration date) or the days chosen change, the amount due is the one the
     * current schedule gives for the new choice; otherwise it stays what it was, even if the schedule changed
     * since (that takes {@link #recalculateFee}). A session dropped frees its seat for the first person
     * waiting; a session added gets a seat if one is left, else a place on its waiting list.
     */
    public Registration update(long registrationId, RegistrationChanges changes) {
        return update(registrationId, -1, changes);
    }

    /** Changes the registration as opened at {@code openedVersion}; refused when changed since (-1: no check). */
    public Registration update(long registrationId, long openedVersion, RegistrationChanges changes) {
        access.require(Permission.MANAGE_REGISTRATIONS, "UPDATE");
        Validator validator = new Validator();
        String organizationName = validator.optional("organizationName", changes.organizationName(), 200);
        String accessibility = validator.optional("accessibilityNeeds", changes.accessibilityNeeds(), 1000);
        String dietary = validator.optional("dietaryNeeds", changes.dietaryNeeds(), 1000);
        String interpretation = validator.optional("interpretation", changes.interpretation(), 100);
        String childcare = validator.optional("childcareNeeds", changes.childcareNeeds(), 1000);
        validator.required("language", changes.language());
        validator.throwIfInvalid();
        RegistrationChanges checked = new RegistrationChanges(changes.organizationId(), organizationName,
                changes.specialRateCategoryId(), changes.days(), changes.sessionIds(), changes.language(),
                accessibility, dietary, interpretation, childcare);
        return database.transaction(() -> {
            if (openedVersion >= 0) {
                ca.ccrweb.office.core.db.RecordVersions.require(database,
                        ca.ccrweb.office.core.db.schema.Tables.REGISTRATION, "registration", registrationId,
                        openedVersion);
            }
            Registration before = require(registrationId);
            if (before.status() == RegistrationStatus.CANCELLED) {
                throw new OfficeException("registration.error.cancelledUnchangeable", before.fullName());
            }
            Event event = events.require(before.eventId());
            checkDays(event, checked.days());
            if (checked.organizationId() != null && membership.find(checked.organizationId()).isEmpty()) {
                throw new OfficeException("organization.error.notFound");
            }
            Set<LocalDate> attending = checked.days().isEmpty() ? Set.copyOf(event.days()) : checked.days();
            Map<Long, Session> sessions = new HashMap<>();
            events.sessions(event.id()).forEach(session -> sessions.put(session.id(), session));
            for (long sessionId : checked.sessionIds()) {
                Session session = sessions.get(sessionId);
                if (session == null) {
                    throw ValidationException.of("sessions", "registration.error.unknownSession");
                }
                if (!attending.contains(session.day())) {
                    throw ValidationException.of("sessions", "registration.error.sessionOnAnotherDay",
                            session.title(checked.language()));
                }
            }

            Set<LocalDate> daysBefore = Set.copyOf(registrations.days(registrationId));
            FeeChange fee = feeChange(before, event, daysBefore, checked.organizationId(),
                    checked.specialRateCategoryId(), checked.days());
            long amountDue = fee.newFee().map(Fee::amountCents).orElse(before.amountDueCents());

            Instant now = clock.instant();
            registrations.update(registrationId, checked, fee.rate().id(), amountDue, now);
            if (!daysBefore.equals(checked.days())) {
                registrations.replaceDays(registrationId, checked.days());
            }
            changeSessions(registrationId, checked.sessionIds(), sessions);
            Registration after = require(registrationId);
            audit.changed("UPDATE", "registration", registrationId, before, after);
            return after;
        });
    }

    /**
     * The fee an edited registration would have, by {@link #update}'s rule: empty when the amount due would stay
     * as it is (neither the rate nor the days change). What the form shows while staff edit.
     */
    public Optional<Fee> quoteChange(long registrationId, Long organizationId, Long specialRateCategoryId,
                                     Set<LocalDate> days) {
        Registration before = require(registrationId);
        Event event = events.require(before.eventId());
        return feeChange(before, event, Set.copyOf(registrations.days(registrationId)), organizationId,
                specialRateCategoryId, days == null ? Set.of() : Set.copyOf(days)).newFee();
    }

    /** The rate an edited registration gets, and its new fee when the rate or the days change. */
    private record FeeChange(RateCategory rate, Optional<Fee> newFee) {
    }

    private FeeChange feeChange(Registration before, Event event, Set<LocalDate> daysBefore, Long organizationId,
                                Long specialRateCategoryId, Set<LocalDate> days) {
        boolean member = organizationId != null && membership.wasActiveMemberOn(organizationId, before.registeredOn());
        RateCategory rate = chooseRate(events.rates(event.id()), specialRateCategoryId, member);
        boolean choiceChanged = rate.id() != before.rateCategoryId() || !daysBefore.equals(days);
        return new FeeChange(rate, choiceChanged
                ? Optional.of(FeeRules.compute(event, rate, days, before.registeredOn())) : Optional.empty());
    }

    private void changeSessions(long registrationId, Set<Long> wanted, Map<Long, Session> sessions) {
        for (SessionChoice choice : registrations.sessionChoices(registrationId)) {
            if (!wanted.contains(choice.sessionId())) {
                registrations.removeSessionChoice(registrationId, choice.sessionId());
                if (choice.status() == RegistrationStatus.REGISTERED) {
                    registrations.firstWaitingForSession(choice.sessionId()).ifPresent(waiting ->
                            registrations.setSessionStatus(waiting, choice.sessionId(), RegistrationStatus.REGISTERED));
                }
            }
        }
        Set<Long> held = new HashSet<>();
        registrations.sessionChoices(registrationId).forEach(choice -> held.add(choice.sessionId()));
        for (long sessionId : wanted.stream().sorted().toList()) {
            if (held.contains(sessionId)) {
                continue;
            }
            Integer capacity = sessions.get(sessionId).capacity();
            boolean full = capacity != null && registrations.seatsTaken(sessionId) >= capacity;
            registrations.addSessionChoice(registrationId, sessionId,
                    full ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED);
        }
    }

    /** Marks the person as arrived; the check-in screen's one keystroke. */
    public Registration checkIn(long registrationId) {
        return changeStatus(registrationId, "CHECK_IN", Set.of(RegistrationStatus.REGISTERED, RegistrationStatus.NO_SHOW),
                RegistrationStatus.ATTENDED, "registration.error.cannotCheckIn");
    }

    public Registration undoCheckIn(long registrationId) {
        return changeStatus(registrationId, "UNDO_CHECK_IN", Set.of(RegistrationStatus.ATTENDED),
                RegistrationStatus.REGISTERED, "registration.error.notCheckedIn");
    }

    public Registration markNoShow(long registrationId) {
        return changeStatus(registrationId, "NO_SHOW", Set.of(RegistrationStatus.REGISTERED),
                RegistrationStatus.NO_SHOW, "registration.error.cannotMarkNoShow");
    }

    /** Takes back a "did not come": the person is registered again. */
    public Registration undoNoShow(long registrationId) {
        return changeStatus(registrationId, "UNDO_NO_SHOW", Set.of(RegistrationStatus.NO_SHOW),
                RegistrationStatus.REGISTERED, "registration.error.notNoShow");
    }

    private Registration changeStatus(long registrationId, String action, Set<RegistrationStatus> allowedFrom,
                                      RegistrationStatus to, String refusalKey) {
        access.require(Permission.MANAGE_REGISTRATIONS, action);
        return database.transaction(() -> {
            Registration registration = require(registrationId);
            if (!allowedFrom.contains(registration.status())) {
                throw new OfficeException(refusalKey, registration.fullName(), registration.status());
            }
            Instant now = clock.instant();
            registrations.setStatus(registrationId, to, to == RegistrationStatus.ATTENDED ? now : null, now);
            Registration changed = require(registrationId);
            audit.changed(action, "registration", registrationId, registration, changed);
            return changed;
        });
    }

    public Payment recordPayment(long registrationId, long amountCents, LocalDate paidOn, PaymentMethod method,
                                 String reference) {
        access.require(Permission.MANAGE_REGISTRATIONS, "PAYMENT");
        Payment payment = checked(new NewPayment(registrationId, amountCents, paidOn, method, reference), 1);
        return database.transaction(() -> {
            require(registrationId);
            registrations.insertPayment(payment, clock.instant());
            audit.changed("PAYMENT", "registration", registrationId, null, payment);
            return payment;
        });
    }

    /** A payment to record among many (see {@link #recordPayments}). */
    public record NewPayment(long registrationId, long amountCents, LocalDate paidOn, PaymentMethod method,
                             String reference) {
    }

    /** Records many payments in one transaction, each checked as {@link #recordPayment} checks it. */
    public int recordPayments(List<NewPayment> payments) {
        access.require(Permission.MANAGE_REGISTRATIONS, "PAYMENTS");
        List<Payment> checked = payments.stream().map(payment -> checked(payment, 1)).toList();
        return database.transaction(() -> {
            registrations.insertPayments(checked, clock.instant());
            audit.changed("PAYMENTS", "payment", null, null, Map.of("payments", checked.size()));
            return checked.size();
        });
    }

    /** Pays money back; never more than was paid. Recorded as a negative payment. */
    public Payment recordRefund(long registrationId, long amountCents, LocalDate paidOn, PaymentMethod method,
                                String reference) {
        access.require(Permission.MANAGE_REGISTRATIONS, "REFUND");
        Payment refund = checked(new NewPayment(registrationId, amountCents, paidOn, method, reference), -1);
        return database.transaction(() -> {
            Registration registration = require(registrationId);
            if (amountCents > registration.paidCents()) {
                throw ValidationException.of("amount", "payment.error.refundAboveReceived", registration.paidCents() / 100.0);
            }
            registrations.insertPayment(refund, clock.instant());
            audit.changed("REFUND", "registration", registrationId, null, refund);
            return refund;
        });
    }

    /** The amount must be positive (a refund is stored negated: {@code sign} -1), the date and method given. */
    private Payment checked(NewPayment payment, int sign) {
        Validator validator = new Validator();
        if (payment.amountCents() <= 0) {
            validator.reject("amount", "validation.positive");
        }
        validator.required("paidOn", payment.paidOn());
        validator.required("method", payment.method());
        String reference = validator.optional("reference", payment.reference(), 100);
        validator.throwIfInvalid();
        return new Payment(ids.next(), payment.registrationId(), sign * payment.amountCents(), payment.paidOn(),
                payment.method(), reference, actor.name());
    }

    /** Waives the fee for a reason staff give; the reason is kept with the registration and in the audit trail. */
    public Registration waiveFee(long registrationId, String reason) {
        access.require(Permission.MANAGE_REGISTRATIONS, "WAIVE_FEE");
        Validator validator = new Validator();
        String why = validator.required("reason", reason, 1000);
        validator.throwIfInvalid();
        return setFeeWaived(registrationId, why);
    }

    /** Charges a waived fee again; the waiver's reason is cleared (the audit trail keeps it). */
    public Registration restoreFee(long registrationId) {
        access.require(Permission.MANAGE_REGISTRATIONS, "UNWAIVE_FEE");
        return setFeeWaived(registrationId, null);
    }

    private Registration setFeeWaived(long registrationId, String reason) {
        return database.transaction(() -> {
            Registration before = require(registrationId);
            registrations.setFeeWaived(registrationId, reason != null, reason, clock.instant());
            Registration after = require(registrationId);
            audit.changed(reason != null ? "WAIVE_FEE" : "UNWAIVE_FEE", "registration", registrationId, before, after);
            return after;
        });
    }

    /**
     * Computes the fee again from the current schedule, on staff's request; a change is recorded with who
     * asked and when. A schedule change never alters existing registrations by itself.
     */
    public Registration recalculateFee(long registrationId) {
        access.require(Permission.MANAGE_REGISTRATIONS, "RECALCULATE_FEE");
        return database.transaction(() -> {
            Registration registration = require(registrationId);
            Event event = events.require(registration.eventId());
            RateCategory rate = events.rate(registration.rateCategoryId()).orElseThrow();
            Fee fee = FeeRules.compute(event, rate, registrations.days(registrationId), registration.registeredOn());
            if (fee.amountCents() != registration.amountDueCents()) {
                registrations.setAmountDue(registrationId, fee.amountCents(), clock.instant());
                registrations.recordRecalculation(ids.next(), registrationId, registration.amountDueCents(),
                        fee.amountCents(), actor.name(), clock.instant());
                audit.changed("RECALCULATE_FEE", "registration", registrationId, registration, require(registrationId));
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

    /** Who attends one day of the event: registrations for that day and for the whole event (ids). */
    public Set<Long> attendingOn(long eventId, LocalDate day) {
        return registrations.attendingOn(eventId, day);
    }

    /** Places taken and people waiting for every event that has registrations; the list of events shows them. */
    public Map<Long, PlaceCount> placesByEvent() {
        return registrations.placesByEvent();
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

    private static RateCategory chooseRate(List<RateCategory> rates, Long specialRateCategoryId, boolean member) {
        if (specialRateCategoryId != null) {
            return rates.stream().filter(rate -> rate.id() == specialRateCategoryId && rate.kind() == RateKind.SPECIAL)
                    .findFirst()
                    .orElseThrow(() -> ValidationException.of("rateCategory", "registration.error.unknownRate"));
        }
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
