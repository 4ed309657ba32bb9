package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.AccountService;
import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.Cents;
import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static ca.ccrweb.office.core.db.schema.Tables.MEMBERSHIP_DUES;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;

/**
 * Yearly membership dues by budget bracket: the brackets' amounts per year, the yearly assessment of every
 * active member, payments (a payment that settles the dues of a lapsed member renews it), the renewal list,
 * lapsing members still unpaid after the grace period, and the members in good standing on a day.
 */
public final class DuesService {
    /** The longest grace period staff may set: a year. */
    public static final int MAX_GRACE_DAYS = 365;

    private final Database database;
    private final DuesRepository dues;
    private final MembershipService membership;
    private final AccountService accounts;
    private final Ids ids;
    private final Clock clock;
    private final Actor actor;
    private final AuditLog audit;
    private final Access access;

    public DuesService(Database database, MembershipService membership, AccountService accounts, Ids ids, Clock clock,
                       Actor actor, AuditLog audit, Access access) {
        this.database = database;
        this.dues = new DuesRepository(database);
        this.membership = membership;
        this.accounts = accounts;
        this.ids = ids;
        this.clock = clock;
        this.actor = actor;
        this.audit = audit;
        this.access = access;
    }

    public List<DuesBracket> brackets() {
        return dues.brackets();
    }

    /** The day dues of a year fall due unless staff choose another: the end of its first quarter. */
    public static LocalDate defaultDueDate(int year) {
        return LocalDate.of(year, 3, 31);
    }

    /** The brackets' amounts for the year: the office's, or the shipped placeholders while it set none. */
    public DuesSchedule schedule(int year) {
        Map<Long, Long> set = dues.ratesOf(year);
        List<DuesSchedule.Rate> rates = dues.brackets().stream()
                .map(bracket -> new DuesSchedule.Rate(bracket, set.getOrDefault(bracket.id(), bracket.feeCents())))
                .toList();
        return new DuesSchedule(year, rates, set.isEmpty());
    }

    /** Sets every bracket's amount for the year (administrators); the year's amounts are then no placeholders. */
    public DuesSchedule setSchedule(int year, Map<Long, Long> feesByBracket) {
        access.require(Permission.SET_DUES, "SET_DUES_RATES");
        for (DuesBracket bracket : dues.brackets()) {
            Long fee = feesByBracket.get(bracket.id());
            if (fee == null || fee < 0) {
                throw ValidationException.of("bracket-" + bracket.id(), "dues.error.amount");
            }
        }
        return database.transaction(() -> {
            DuesSchedule before = schedule(year);
            Map<Long, Long> fees = new LinkedHashMap<>();
            dues.brackets().forEach(bracket -> fees.put(bracket.id(), feesByBracket.get(bracket.id())));
            dues.replaceRates(year, fees);
            DuesSchedule after = schedule(year);
            audit.changed("SET_DUES_RATES", "dues_year", year, before, after);
            return after;
        });
    }

    public Optional<DuesBracket> bracketOf(long organizationId) {
        return dues.bracketOf(organizationId).flatMap(dues::bracket);
    }

    /** The bracket an organization pays by, from its budget; the next assessments use it. */
    public DuesBracket setBracket(long organizationId, long bracketId) {
        access.require(Permission.MANAGE_DUES, "SET_DUES_BRACKET");
        return database.transaction(() -> {
            requireOrganization(organizationId);
            DuesBracket bracket = dues.bracket(bracketId)
                    .orElseThrow(() -> new OfficeException("dues.error.unknownBracket"));
            Optional<DuesBracket> before = bracketOf(organizationId);
            dues.setBracket(organizationId, bracketId);
            audit.changed("SET_DUES_BRACKET", "organization", organizationId, before.orElse(null), bracket);
            return bracket;
        });
    }

    /** Records what a member owes for a year, from its budget bracket and the year's amounts. */
    public MembershipDues assess(long organizationId, int year, long bracketId, LocalDate dueOn) {
        access.require(Permission.MANAGE_DUES, "ASSESS_DUES");
        return database.transaction(() -> {
            Organization organization = requireOrganization(organizationId);
            if (organization.status() != MembershipStatus.ACTIVE && organization.status() != MembershipStatus.LAPSED) {
                throw new OfficeException("dues.error.notAMember", organization.name());
            }
            if (dues.find(organizationId, year).isPresent()) {
                throw new OfficeException("dues.error.alreadyAssessed", organization.name(), year);
            }
            DuesBracket bracket = dues.bracket(bracketId)
                    .orElseThrow(() -> new OfficeException("dues.error.unknownBracket"));
            MembershipDues assessed = new MembershipDues(organizationId, year, schedule(year).feeOf(bracket.id()),
                    dueOn, null);
            dues.insert(assessed);
            audit.changed("ASSESS_DUES", "organization", organizationId, null, assessed);
            return assessed;
        });
    }

    /** What the yearly assessment would create: every active member without that year's dues. Changes nothing. */
    public DuesAssessment previewAssessment(int year, LocalDate dueOn) {
        checkYear(year);
        DuesSchedule schedule = schedule(year);
        Set<Long> assessed = dues.assessedIn(year);
        Map<Long, Long> chosen = dues.bracketsOfAll();
        DuesBracket smallest = schedule.rates().getFirst().bracket();
        List<DuesAssessment.Line> lines = new ArrayList<>();
        int already = 0;
        for (Organization member : membership.withStatus(MembershipStatus.ACTIVE)) {
            if (assessed.contains(member.id())) {
                already++;
                continue;
            }
            Long bracketId = chosen.get(member.id());
            DuesBracket bracket = bracketId == null ? smallest : dues.bracket(bracketId).orElse(smallest);
            lines.add(new DuesAssessment.Line(member.id(), member.name(), bracket, bracketId != null,
                    schedule.feeOf(bracket.id())));
        }
        lines.sort(Comparator.comparing(DuesAssessment.Line::organizationName, String.CASE_INSENSITIVE_ORDER));
        return new DuesAssessment(year, dueOn, schedule.placeholder(), lines, already);
    }

    /**
     * Creates the year's dues of every active member not yet assessed, in one transaction. Running it again
     * for the same year creates nothing more.
     */
    public DuesAssessment assessYear(int year, LocalDate dueOn) {
        access.require(Permission.MANAGE_DUES, "ASSESS_DUES_YEAR");
        return database.transaction(() -> {
            DuesAssessment assessment = previewAssessment(year, dueOn);
            for (DuesAssessment.Line line : assessment.lines()) {
                MembershipDues assessed = new MembershipDues(line.organizationId(), year, line.amountCents(), dueOn,
                        null);
                dues.insert(assessed);
                audit.changed("ASSESS_DUES", "organization", line.organizationId(), null, assessed);
            }
            return assessment;
        });
    }

    /**
     * Records a payment against a year's dues, never more than the balance. When it settles the dues, they
     * are paid on that day, and a member that had lapsed is renewed (its accounts get access back), together.
     */
    public DuesLine recordPayment(long organizationId, int year, DuesPaymentDraft draft) {
        access.require(Permission.MANAGE_DUES, "DUES_PAID");
        List<FieldError> errors = new ArrayList<>();
        if (draft.paidOn() == null) {
            errors.add(new FieldError("paidOn", "validation.required"));
        }
        if (draft.method() == null) {
            errors.add(new FieldError("method", "validation.required"));
        }
        String reference = Texts.clean(draft.reference());
        if (reference != null && reference.length() > 100) {
            errors.add(new FieldError("reference", "validation.tooLong", 100));
        }
        if (draft.amountCents() <= 0) {
            errors.add(new FieldError("amount", "dues.error.paymentAmount"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return database.transaction(() -> {
            DuesLine owed = line(organizationId, year)
                    .orElseThrow(() -> new OfficeException("dues.error.notAssessed", year));
            if (owed.paid()) {
                throw new OfficeException("dues.error.alreadyPaid", year);
            }
            if (draft.amountCents() > owed.balanceCents()) {
                throw ValidationException.of("amount", "dues.error.aboveBalance", new Cents(owed.balanceCents()));
            }
            DuesPayment payment = new DuesPayment(ids.next(), organizationId, year, draft.amountCents(),
                    draft.paidOn(), draft.method(), reference, actor.name(), clock.instant());
            dues.insertPayment(payment);
            if (draft.amountCents() == owed.balanceCents()) {
                dues.markPaid(organizationId, year, draft.paidOn());
            }
            DuesLine after = line(organizationId, year).orElseThrow();
            audit.changed("DUES_PAID", "organization", organizationId, owed, payment);
            if (after.paid() && requireOrganization(organizationId).status() == MembershipStatus.LAPSED) {
                membership.renew(organizationId);
            }
            return line(organizationId, year).orElseThrow();
        });
    }

    public List<MembershipDues> duesOf(long organizationId) {
        return dues.of(organizationId);
    }

    /** An organization's dues of every year with what it paid, newest year first. */
    public List<DuesLine> linesOf(long organizationId) {
        return dues.lines(MEMBERSHIP_DUES.ORGANIZATION_ID.eq(organizationId));
    }

    public Optional<DuesLine> line(long organizationId, int year) {
        return dues.lines(MEMBERSHIP_DUES.ORGANIZATION_ID.eq(organizationId).and(MEMBERSHIP_DUES.DUES_YEAR.eq(year)))
                .stream().findFirst();
    }

    /** Every organization's dues of a year, by name. */
    public List<DuesLine> linesOfYear(int year) {
        return dues.lines(MEMBERSHIP_DUES.DUES_YEAR.eq(year));
    }

    public List<DuesPayment> paymentsOf(long organizationId) {
        return dues.payments(organizationId);
    }

    /**
     * The renewal list: unpaid dues of active members that fall due within {@code withinDays} of today or
     * are already overdue, the longest overdue first.
     */
    public List<DuesLine> renewals(int withinDays) {
        LocalDate limit = LocalDate.now(clock).plusDays(withinDays);
        return dues.lines(MEMBERSHIP_DUES.PAID_ON.isNull().and(MEMBERSHIP_DUES.DUE_ON.le(limit))
                        .and(ORGANIZATION.MEMBERSHIP_STATUS.eq(MembershipStatus.ACTIVE.name())))
                .stream().sorted(Comparator.comparing(DuesLine::dueOn).thenComparing(DuesLine::organizationName))
                .toList();
    }

    /** How many days after dues fall due an unpaid membership may be lapsed, as set in the settings. */
    public int graceDays() {
        return dues.graceDays();
    }

    public int setGraceDays(int days) {
        access.require(Permission.SET_DUES, "SET_GRACE_DAYS");
        checkGraceDays(days);
        return database.transaction(() -> {
            int before = dues.graceDays();
            dues.setGraceDays(days);
            audit.changed("SET_GRACE_DAYS", "dues_setting", 1, before, days);
            return days;
        });
    }

    /** Who lapsing now would lapse: active members with dues unpaid {@code graceDays} after they fell due. */
    public List<LapseCandidate> lapsePreview(int graceDays) {
        checkGraceDays(graceDays);
        LocalDate limit = LocalDate.now(clock).minusDays(graceDays);
        Map<Long, LapseCandidate> candidates = new LinkedHashMap<>();
        for (DuesLine line : dues.lines(MEMBERSHIP_DUES.PAID_ON.isNull().and(MEMBERSHIP_DUES.DUE_ON.lt(limit))
                .and(ORGANIZATION.MEMBERSHIP_STATUS.eq(MembershipStatus.ACTIVE.name())))) {
            candidates.putIfAbsent(line.organizationId(), new LapseCandidate(line.organizationId(),
                    line.organizationName(), line.year(), line.balanceCents(), line.dueOn()));
        }
        return candidates.values().stream()
                .sorted(Comparator.comparing(LapseCandidate::organizationName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Lapses every active member whose dues are still unpaid {@code graceDays} after they fell due; their accounts lose access. */
    public List<Organization> lapseOverdueMembers(int graceDays) {
        access.require(Permission.MANAGE_DUES, "LAPSE_OVERDUE");
        return database.transaction(() -> {
            List<Organization> lapsed = new ArrayList<>();
            for (LapseCandidate candidate : lapsePreview(graceDays)) {
                lapsed.add(membership.lapse(candidate.organizationId(), lapseReason(candidate.year())));
            }
            return lapsed;
        });
    }

    public Optional<Account> votingDelegate(long organizationId) {
        return dues.delegateOf(organizationId).flatMap(accounts::find);
    }

    /** Names the account that votes for the organization at the general assembly (null: none). */
    public Optional<Account> setVotingDelegate(long organizationId, Long accountId) {
        access.require(Permission.EDIT_ORGANIZATIONS, "SET_VOTING_DELEGATE");
        return database.transaction(() -> {
            requireOrganization(organizationId);
            Optional<Account> delegate = accountId == null ? Optional.empty() : accounts.find(accountId);
            if (accountId != null && delegate.filter(a -> a.organizationId() == organizationId).isEmpty()) {
                throw ValidationException.of("delegate", "dues.error.delegateNotOfOrganization");
            }
            Optional<Account> before = votingDelegate(organizationId);
            dues.setDelegate(organizationId, accountId);
            audit.changed("SET_VOTING_DELEGATE", "organization", organizationId,
                    before.map(Account::username).orElse(null), delegate.map(Account::username).orElse(null));
            return delegate;
        });
    }

    /**
     * The members in good standing at the end of a day, who vote at a general assembly held then: active that
     * day (by their recorded transitions), and owing nothing that had fallen due by then (see ADR 0019).
     */
    public List<VotingMember> goodStandingOn(LocalDate day) {
        Map<Long, MembershipStatus> statuses = membership.statusesOn(day);
        Set<Long> inArrears = dues.inArrearsOn(day);
        Map<Long, Long> delegates = dues.delegates();
        Map<Long, Account> accountsById = new HashMap<>();
        accounts.all().forEach(account -> accountsById.put(account.id(), account));
        return membership.all().stream()
                .filter(organization -> statuses.get(organization.id()) == MembershipStatus.ACTIVE)
                .filter(organization -> !inArrears.contains(organization.id()))
                .sorted(Comparator.comparing(Organization::name, String.CASE_INSENSITIVE_ORDER))
                .map(organization -> new VotingMember(organization,
                        accountsById.get(delegates.get(organization.id()))))
                .toList();
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ValidationException.of("year", "dues.error.year", 2000, 2100);
        }
    }

    private static void checkGraceDays(int days) {
        if (days < 0 || days > MAX_GRACE_DAYS) {
            throw ValidationException.of("graceDays", "dues.error.graceDays", MAX_GRACE_DAYS);
        }
    }

    private Organization requireOrganization(long organizationId) {
        return membership.find(organizationId).orElseThrow(() -> new OfficeException("organization.error.notFound"));
    }

    /** Recorded as the reason in both languages: staff of either language read the history. */
    private static String lapseReason(int year) {
        return "Cotisation " + year + " impayée / " + year + " dues unpaid";
    }
}
