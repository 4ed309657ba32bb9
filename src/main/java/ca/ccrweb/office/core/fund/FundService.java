package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.Cents;
import ca.ccrweb.office.core.common.Labelled;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.contacts.ContactService;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventService;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ca.ccrweb.office.core.db.Timestamps.utc;

/**
 * The Amina Malko fund: yearly budgets per stream, applications, decisions on them (an award never above
 * what was asked, line by line, nor beyond the stream's remaining budget unless an administrator overrides
 * with a reason), the waiting list moving up as budget frees, the consultations an award pays for (the
 * recipient's registrations there show their fee as covered), attendance, and the money paid out.
 */
public final class FundService {
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final Database database;
    private final FundRepository fund;
    private final EventService events;
    private final ContactService contacts;
    private final MembershipService membership;
    private final Ids ids;
    private final Clock clock;
    private final Actor actor;
    private final AuditLog audit;
    private final Access access;

    public FundService(Database database, EventService events, ContactService contacts, MembershipService membership,
                       Ids ids, Clock clock, Actor actor, AuditLog audit, Access access) {
        this.database = database;
        this.fund = new FundRepository(database);
        this.events = events;
        this.contacts = contacts;
        this.membership = membership;
        this.ids = ids;
        this.clock = clock;
        this.actor = actor;
        this.audit = audit;
        this.access = access;
        contacts.addReferences(fund::moveContact);
    }

    public FundApplication apply(FundApplicationDraft draft) {
        access.require(Permission.MANAGE_FUND, "FUND_APPLY");
        Checked checked = check(draft);
        return database.transaction(() -> {
            Contact applicant = contacts.findOrCreate(checked.applicant());
            long id = ids.next();
            fund.insertApplication(id, applicant.id(), draft, checked.year(), checked.submittedOn(), clock.instant());
            fund.replaceEventsAndLines(id, checked.eventIds(), checked.lines());
            FundApplication created = require(id);
            audit.changed("FUND_APPLY", "fund_application", id, null, created);
            return created;
        });
    }

    /** Corrects an application not yet decided on. */
    public FundApplication update(long applicationId, FundApplicationDraft draft) {
        return update(applicationId, -1, draft);
    }

    /**
     * Corrects the application as opened at {@code openedVersion} ({@link FundApplication#version()}): refused with
     * {@link ca.ccrweb.office.core.db.RecordChanged} when someone changed it since; -1 saves whatever it is now.
     */
    public FundApplication update(long applicationId, long openedVersion, FundApplicationDraft draft) {
        access.require(Permission.MANAGE_FUND, "FUND_UPDATE");
        Checked checked = check(draft);
        return database.transaction(() -> {
            requireOpenedVersion(applicationId, openedVersion);
            FundApplication before = require(applicationId);
            if (before.status() != ApplicationStatus.SUBMITTED) {
                throw new OfficeException("fund.error.decidedAlready", before.applicantName(), before.status());
            }
            Contact applicant = contacts.findOrCreate(checked.applicant());
            fund.updateApplication(applicationId, applicant.id(), draft, checked.year(), checked.submittedOn(),
                    clock.instant());
            fund.replaceEventsAndLines(applicationId, checked.eventIds(), checked.lines());
            FundApplication after = require(applicationId);
            audit.changed("FUND_UPDATE", "fund_application", applicationId, before, after);
            return after;
        });
    }

    private record Checked(ContactDraft applicant, int year, LocalDate submittedOn, List<Long> eventIds,
                           List<RequestedLine> lines) {
    }

    private Checked check(FundApplicationDraft draft) {
        Validator validator = new Validator();
        ContactDraft person = draft.applicant();
        validator.required("fullName", person == null ? null : person.fullName(), 200);
        validator.optionalEmail("email", person == null ? null : person.email());
        validator.optionalPhone("phone", person == null ? null : person.phone());
        validator.required("stream", draft.stream());
        validator.required("language", draft.language());
        validator.required("year", draft.year());
        if (draft.year() != null && (draft.year() < FIRST_YEAR || draft.year() > LAST_YEAR)) {
            validator.reject("year", "fund.error.year", FIRST_YEAR, LAST_YEAR);
        }
        if (draft.organizationId() != null && membership.find(draft.organizationId()).isEmpty()) {
            validator.reject("organization", "organization.error.notFound");
        }
        List<RequestedLine> lines = FundRules.checkLines(draft.lines(), validator);
        List<Long> eventIds = new ArrayList<>(new LinkedHashSet<>(draft.eventIds()));
        if (draft.stream() != null && draft.year() != null) {
            checkConsultations(draft.stream(), draft.year(), eventIds, validator);
        }
        validator.throwIfInvalid();
        ContactDraft applicant = new ContactDraft(person.fullName(), person.email(), person.phone(), draft.language(),
                person.organizationId() != null ? person.organizationId() : draft.organizationId(),
                person.organizationName());
        LocalDate submittedOn = draft.submittedOn() == null ? LocalDate.now(clock) : draft.submittedOn();
        return new Checked(applicant, draft.year(), submittedOn, List.copyOf(eventIds), lines);
    }

    /** A participation application names one consultation, a leadership one three, all held in its year. */
    private void checkConsultations(FundStream stream, int year, List<Long> eventIds, Validator validator) {
        if (eventIds.size() != stream.consultations()) {
            validator.reject("consultations", "fund.error.consultationCount", stream, stream.consultations());
            return;
        }
        for (long eventId : eventIds) {
            Optional<Event> event = events.find(eventId);
            if (event.isEmpty() || !isConsultation(event.get())) {
                validator.reject("consultations", "fund.error.notAConsultation");
                return;
            }
            if (event.get().startsOn().getYear() != year) {
                validator.reject("consultations", "fund.error.consultationOutsideYear",
                        event.get().title(Language.EN), String.valueOf(year));
                return;
            }
        }
    }

    /** The CCR's meetings in person, which people travel to: not webinars nor virtual meetings. */
    public static boolean isConsultation(Event event) {
        return !event.kind().freeForMembers();
    }

    /** The events an application of that year may name. */
    public List<Event> consultationsOf(int year) {
        return events.all().stream().filter(FundService::isConsultation)
                .filter(event -> event.startsOn().getYear() == year)
                .sorted(Comparator.comparing(Event::startsOn)).toList();
    }

    /**
     * Selects an application: the award is the given amounts per line (lines not given get nothing; no amounts
     * at all take those proposed when it was waitlisted, or else those requested). An award beyond what is left
     * in the stream's budget is refused, unless an administrator gives an override reason; before the year's
     * budget of the stream is set at all, every selection is refused with a message saying to set it first.
     */
    public FundApplication select(long applicationId, Map<ExpenseLine, Long> awarded, String reason,
                                  String overrideReason) {
        return select(applicationId, -1, awarded, reason, overrideReason);
    }

    /** The same decision on the application as opened at {@code openedVersion}; refused when changed since. */
    public FundApplication select(long applicationId, long openedVersion, Map<ExpenseLine, Long> awarded,
                                  String reason, String overrideReason) {
        if (Texts.clean(overrideReason) != null && !access.allows(Permission.OVERRIDE_FUND_BUDGET)) {
            // Checked before the transaction, so the refusal's audit line is not rolled back with it.
            FundApplication application = require(applicationId);
            long total = FundRules.award(application, awarded, true).values().stream().mapToLong(Long::longValue)
                    .sum();
            if (total > fund.budget(application.year(), application.stream()).remainingCents()) {
                access.require(Permission.OVERRIDE_FUND_BUDGET, "FUND_OVERRIDE_BUDGET");
            }
        }
        access.require(Permission.MANAGE_FUND, "FUND_SELECT");
        return database.transaction(() -> {
            requireOpenedVersion(applicationId, openedVersion);
            FundApplication before = require(applicationId);
            FundRules.checkDecision(before, ApplicationStatus.SELECTED);
            Map<ExpenseLine, Long> award = FundRules.award(before, awarded, true);
            long total = award.values().stream().mapToLong(Long::longValue).sum();
            if (!fund.budgetSet(before.year(), before.stream())) {
                Labelled streamName = () -> "fund.streamShort." + before.stream().name();
                throw ValidationException.of("award", "fund.error.noBudget", streamName,
                        String.valueOf(before.year()));
            }
            BudgetLine budget = fund.budget(before.year(), before.stream());
            String override = Texts.clean(overrideReason);
            if (total > budget.remainingCents()) {
                if (override == null) {
                    throw new OfficeException("fund.error.overBudget", new Cents(total),
                            new Cents(budget.remainingCents()), before.stream(), String.valueOf(before.year()));
                }
                access.require(Permission.OVERRIDE_FUND_BUDGET, "FUND_OVERRIDE_BUDGET");
            } else {
                override = null;
            }
            fund.setAwarded(applicationId, award);
            FundApplication after = decide(before, ApplicationStatus.SELECTED, Texts.clean(reason), override, total,
                    false);
            if (override != null) {
                audit.changed("FUND_OVERRIDE_BUDGET", "fund_application", applicationId, budget,
                        Map.of("awardedCents", total, "overrideReason", override));
            }
            return after;
        });
    }

    /** Puts an application on the waiting list, with the amounts it would get (optional) when budget frees. */
    public FundApplication waitlist(long applicationId, Map<ExpenseLine, Long> proposed, String reason) {
        return waitlist(applicationId, -1, proposed, reason);
    }

    /** The same decision on the application as opened at {@code openedVersion}; refused when changed since. */
    public FundApplication waitlist(long applicationId, long openedVersion, Map<ExpenseLine, Long> proposed,
                                    String reason) {
        access.require(Permission.MANAGE_FUND, "FUND_WAITLIST");
        String why = FundRules.requireReason(reason);
        return database.transaction(() -> {
            requireOpenedVersion(applicationId, openedVersion);
            FundApplication before = require(applicationId);
            FundRules.checkDecision(before, ApplicationStatus.WAITLISTED);
            if (proposed != null && !proposed.isEmpty()) {
                fund.setAwarded(applicationId, FundRules.award(before, proposed, false));
            }
            return decide(before, ApplicationStatus.WAITLISTED, why, null, null, false);
        });
    }

    public FundApplication decline(long applicationId, String reason) {
        return decline(applicationId, -1, reason);
    }

    /** Declines the application as opened at {@code openedVersion}; refused when changed since (-1: no check). */
    public FundApplication decline(long applicationId, long openedVersion, String reason) {
        return close(applicationId, openedVersion, ApplicationStatus.DECLINED, reason, "FUND_DECLINE");
    }

    public FundApplication withdraw(long applicationId, String reason) {
        return withdraw(applicationId, -1, reason);
    }

    /** Withdraws the application as opened at {@code openedVersion}; refused when changed since (-1: no check). */
    public FundApplication withdraw(long applicationId, long openedVersion, String reason) {
        return close(applicationId, openedVersion, ApplicationStatus.WITHDRAWN, reason, "FUND_WITHDRAW");
    }

    private FundApplication close(long applicationId, long openedVersion, ApplicationStatus to, String reason,
                                  String action) {
        access.require(Permission.MANAGE_FUND, action);
        String why = FundRules.requireReason(reason);
        return database.transaction(() -> {
            requireOpenedVersion(applicationId, openedVersion);
            FundApplication before = require(applicationId);
            FundRules.checkDecision(before, to);
            FundApplication after = decide(before, to, why, null, null, false);
            if (before.status() == ApplicationStatus.SELECTED) {
                moveUp(before.year(), before.stream());
            }
            return require(applicationId);
        });
    }

    /**
     * Gives freed budget to the waiting list in the order it was joined: each application whose amounts fit
     * what is left is selected; the first that does not fit stops the line (nobody is passed over).
     */
    private List<FundApplication> moveUp(int year, FundStream stream) {
        List<FundApplication> moved = new ArrayList<>();
        for (FundApplication waiting : fund.waitlisted(year, stream)) {
            Map<ExpenseLine, Long> award = FundRules.award(waiting, Map.of(), true);
            long total = award.values().stream().mapToLong(Long::longValue).sum();
            if (total > fund.budget(year, stream).remainingCents()) {
                break;
            }
            fund.setAwarded(waiting.id(), award);
            moved.add(decide(waiting, ApplicationStatus.SELECTED, null, null, total, true));
        }
        return moved;
    }

    private FundApplication decide(FundApplication before, ApplicationStatus to, String reason, String override,
                                   Long awardedCents, boolean movedUp) {
        Instant now = clock.instant();
        fund.setStatus(before.id(), to, reason, now);
        fund.insertDecision(ids.next(), before.id(), new FundDecision(before.status(), to, reason, override,
                awardedCents, movedUp, actor.name(), now));
        FundApplication after = require(before.id());
        audit.changed(movedUp ? "FUND_MOVE_UP" : "FUND_" + to.name(), "fund_application", before.id(), before, after);
        return after;
    }

    /** Sets a stream's budget for a year; never below what is committed. Budget added moves the waiting list up. */
    public BudgetLine setBudget(int year, FundStream stream, long allocatedCents) {
        access.require(Permission.MANAGE_FUND, "FUND_BUDGET");
        Validator validator = new Validator();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            validator.reject("year", "fund.error.year", FIRST_YEAR, LAST_YEAR);
        }
        if (allocatedCents < 0) {
            validator.reject("allocated", "validation.notNegative");
        }
        validator.throwIfInvalid();
        return database.transaction(() -> {
            BudgetLine before = fund.budget(year, stream);
            if (allocatedCents < before.committedCents()) {
                throw ValidationException.of("allocated", "fund.error.budgetBelowCommitted",
                        new Cents(before.committedCents()));
            }
            fund.setAllocated(year, stream, allocatedCents, clock.instant());
            if (allocatedCents > before.allocatedCents()) {
                moveUp(year, stream);
            }
            BudgetLine after = fund.budget(year, stream);
            audit.changed("FUND_BUDGET", "fund_budget", year + "/" + stream.name(), before, after);
            return after;
        });
    }

    /** Pays out money on an award, against one of its lines, never beyond what that line awards. */
    public Disbursement disburse(long applicationId, ExpenseLine expense, long amountCents, LocalDate paidOn,
                                 PaymentMethod method, String receiptReference) {
        access.require(Permission.MANAGE_FUND, "FUND_DISBURSE");
        Validator validator = new Validator();
        validator.required("disbursement.expense", expense);
        if (amountCents <= 0) {
            validator.reject("disbursement.amount", "validation.positive");
        }
        validator.required("disbursement.paidOn", paidOn);
        validator.required("disbursement.method", method);
        String receipt = validator.optional("disbursement.receipt", receiptReference, 100);
        validator.throwIfInvalid();
        return database.transaction(() -> {
            FundApplication award = require(applicationId);
            if (!award.isAward()) {
                throw new OfficeException("fund.error.notAnAward", award.applicantName(), award.status());
            }
            FundLine line = award.line(expense);
            long balance = line == null ? 0 : line.balanceCents();
            if (amountCents > balance) {
                throw ValidationException.of("disbursement.amount", "fund.error.aboveAward", expense, new Cents(balance));
            }
            Disbursement disbursement = new Disbursement(ids.next(), applicationId, expense, amountCents, paidOn,
                    method, receipt, actor.name());
            fund.insertDisbursement(disbursement, clock.instant());
            audit.changed("FUND_DISBURSE", "fund_application", applicationId, null, disbursement);
            return disbursement;
        });
    }

    private void requireOpenedVersion(long applicationId, long openedVersion) {
        if (openedVersion >= 0) {
            ca.ccrweb.office.core.db.RecordVersions.require(database, "fund_application", "fund_application",
                    applicationId, openedVersion);
        }
    }

    public Optional<FundApplication> find(long applicationId) {
        return fund.find(applicationId);
    }

    /** The applications of one year, or of every year when null. */
    public List<FundApplication> applications(Integer year) {
        return fund.ofYear(year);
    }

    /** The years that have applications or budgets, latest first. */
    public List<Integer> years() {
        return fund.years();
    }

    public List<FundDecision> decisions(long applicationId) {
        return fund.decisions(applicationId);
    }

    public List<Disbursement> disbursements(long applicationId) {
        return fund.disbursements(applicationId);
    }

    public BudgetLine budget(int year, FundStream stream) {
        return fund.budget(year, stream);
    }

    /** Both streams' budgets for a year, participation first. */
    public List<BudgetLine> budgets(int year) {
        return Arrays.stream(FundStream.values()).map(stream -> fund.budget(year, stream)).toList();
    }

    /**
     * The consultations an application names, with the applicant's registration there and whether they came.
     * A selected award covers those registrations' fees (see the registration's {@code coveredByFund}).
     */
    public List<LinkedConsultation> consultations(long applicationId) {
        FundApplication application = require(applicationId);
        Map<Long, FundRepository.RegistrationAt> registered = fund.registrations(application.contactId(),
                application.eventIds());
        LocalDate today = LocalDate.now(clock);
        List<LinkedConsultation> linked = new ArrayList<>();
        for (long eventId : application.eventIds()) {
            Event event = events.find(eventId).orElseThrow();
            FundRepository.RegistrationAt registration = registered.get(eventId);
            RegistrationStatus status = registration == null ? null : registration.status();
            linked.add(new LinkedConsultation(event, registration == null ? null : registration.registrationId(),
                    status, FundRules.attendance(event, status, today)));
        }
        linked.sort(Comparator.comparing(consultation -> consultation.event().startsOn()));
        return linked;
    }

    /** How many of its consultations the recipient of a leadership award missed (0 for anything else). */
    public int missedLeadershipConsultations(long applicationId) {
        FundApplication application = require(applicationId);
        if (application.stream() != FundStream.LEADERSHIP || !application.isAward()) {
            return 0;
        }
        return (int) consultations(applicationId).stream()
                .filter(consultation -> consultation.attendance() == Attendance.MISSED).count();
    }

    /**
     * Awards made between two days (inclusive, in this computer's time zone): applications selected then and
     * still selected, with what they award. The quarterly update's key figure.
     */
    public AwardsMade awardsMade(LocalDate from, LocalDate to) {
        ZoneId zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(zone).toInstant();
        return fund.awardsMade(utc(start), utc(end));
    }

    /** The figures of the board's one-page budget summary for a year. */
    public BudgetSummary.Figures summary(int year) {
        List<FundApplication> applications = fund.ofYear(year);
        int missed = 0;
        for (FundApplication application : applications) {
            if (application.stream() == FundStream.LEADERSHIP && application.isAward()
                    && missedLeadershipConsultations(application.id()) > 0) {
                missed++;
            }
        }
        return new BudgetSummary.Figures(year, budgets(year), applications, missed);
    }

    /** The events an application names, in date order: what its award letter lists. */
    public List<Event> eventsOf(FundApplication application) {
        return application.eventIds().stream().map(events::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Event::startsOn)).toList();
    }

    /** Every event an application of these may name, by id: the awards export shows their titles. */
    public Map<Long, Event> eventsById() {
        Map<Long, Event> byId = new HashMap<>();
        events.all().forEach(event -> byId.put(event.id(), event));
        return byId;
    }

    private FundApplication require(long applicationId) {
        return fund.find(applicationId).orElseThrow(() -> new OfficeException("fund.error.notFound"));
    }
}
