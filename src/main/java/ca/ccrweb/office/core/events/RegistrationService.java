package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.contacts.ContactService;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.db.RecordVersions;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Registrations for events: one person registered (found or created by email, the fee computed by
 * {@link FeeRules}, places and seats given in order with a waiting list), changed, cancelled, checked in.
 * Payments are {@link PaymentService}'s, many registrations at once {@link IntakeService}'s.
 */
public final class RegistrationService {
    private final Database database;
    private final RegistrationRepository registrations;
    private final EventService events;
    private final ContactService contacts;
    private final MembershipService membership;
    private final Ids ids;
    private final Clock clock;
    private final AuditLog audit;
    private final Access access;

    public RegistrationService(Database database, EventService events, ContactService contacts,
                               MembershipService membership, Ids ids, Clock clock, AuditLog audit, Access access) {
        this.database = database;
        this.registrations = new RegistrationRepository(database);
        this.events = events;
        this.contacts = contacts;
        this.membership = membership;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.access = access;
        contacts.addReferences(registrations::moveContact);
    }

    public Registration register(long eventId, RegistrationDraft draft) {
        access.require(Permission.MANAGE_REGISTRATIONS, "REGISTER");
        return database.transaction(() -> {
            Intake intake = new Intake(registrations, events, membership, ids, clock, eventId, contacts::findOrCreate,
                    () -> { });
            long id = intake.add(draft);
            intake.flush();
            Registration registered = require(id);
            audit.changed("REGISTER", "registration", id, null, registered);
            return registered;
        });
    }

    /** The fee a registration would have; what the form shows before saving. */
    public Fee quote(long eventId, Long organizationId, Long specialRateCategoryId, Set<LocalDate> days,
                     LocalDate registeredOn) {
        Event event = events.require(eventId);
        Organization organization = organizationId == null ? null : membership.find(organizationId).orElse(null);
        LocalDate day = registeredOn == null ? LocalDate.now(clock) : registeredOn;
        boolean member = organization != null && membership.wasActiveMemberOn(organization.id(), day);
        RateCategory rate = RegistrationRules.chooseRate(events.rates(eventId), specialRateCategoryId, member);
        return FeeRules.compute(event, rate, days, day);
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
                RecordVersions.require(database, "registration", "registration", registrationId, openedVersion);
            }
            Registration before = require(registrationId);
            if (before.status() == RegistrationStatus.CANCELLED) {
                throw new OfficeException("registration.error.cancelledUnchangeable", before.fullName());
            }
            Event event = events.require(before.eventId());
            RegistrationRules.checkDays(event, checked.days());
            if (checked.organizationId() != null && membership.find(checked.organizationId()).isEmpty()) {
                throw new OfficeException("organization.error.notFound");
            }
            Set<LocalDate> attending = checked.days().isEmpty() ? Set.copyOf(event.days()) : checked.days();
            Map<Long, Session> sessions = new HashMap<>();
            events.sessions(event.id()).forEach(session -> sessions.put(session.id(), session));
            RegistrationRules.sessionsChosen(sessions, checked.sessionIds(), attending, checked.language());

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
        RateCategory rate = RegistrationRules.chooseRate(events.rates(event.id()), specialRateCategoryId, member);
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

    private Registration require(long registrationId) {
        return registrations.require(registrationId);
    }
}
