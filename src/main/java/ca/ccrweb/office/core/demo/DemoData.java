package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.IndividualAccountDraft;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.demo.DemoOrganizations.NamePattern;
import ca.ccrweb.office.core.demo.DemoOrganizations.Place;
import ca.ccrweb.office.core.demo.DemoOrganizations.Profile;
import ca.ccrweb.office.core.demo.DemoOrganizations.Template;
import ca.ccrweb.office.core.demo.DemoPeople.Person;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.DuesBracket;
import ca.ccrweb.office.core.membership.DuesService;
import ca.ccrweb.office.core.membership.DuesPaymentDraft;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.OrganizationDraft;
import ca.ccrweb.office.core.membership.ServiceOffered;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demo data made the way staff would make it, through the services: applications received, then approved
 * (which creates the administrator account), rejected with a reason; members' dues assessed for the year
 * and mostly paid, lapsed for unpaid dues, renewed by paying them, suspended, reinstated or withdrawn; and
 * individual accounts added for board members, staff and volunteers.
 *
 * <p>Each unit of {@code scale} adds {@link #ORGANIZATIONS_PER_SCALE} organizations (41) across the 13
 * provinces and territories: the first unit is the hand-written catalogue, further units are placed in other
 * cities of the same provinces. The same seed always gives the same organizations, people and decisions.
 *
 * <p>Running it again does not fail and does not duplicate: a demo organization is known by its email, and
 * one whose email is already in the database (as an organization's or an account's) is left as it is, with
 * its accounts. Running again with the same seed adds nothing; running with a larger scale adds the
 * missing units.
 */
public final class DemoData {
    public static final long DEFAULT_SEED = 1978L;
    public static final int ORGANIZATIONS_PER_SCALE = DemoOrganizations.TEMPLATES.size();
    private static final int MOST_INDIVIDUALS_PER_ORGANIZATION = 5;
    private static final String LDU_LETTERS = "ABCEGHJKLMNPRSTVWXYZ";

    /** What happens to one application, in the order staff would do it. */
    private enum Fate {
        PENDING, REJECTED, ACTIVE, LAPSED, RENEWED, SUSPENDED, REINSTATED, WITHDRAWN;

        boolean approved() {
            return this != PENDING && this != REJECTED;
        }
    }

    private static final Map<Fate, Integer> FATES_PER_UNIT = fatesPerUnit();

    private record Plan(OrganizationDraft draft, String domain, Fate fate, String administratorEmail,
                        String reason, List<IndividualAccountDraft> individuals, int duesBracket,
                        boolean duesPaid) {
    }

    private record Identity(String name, String nameOtherLanguage, String city, String streetAddress,
                            String postalCode, String phone, Profile profile, String notes, String domain) {
    }

    private record Outcome(MembershipStatus status, int administrators, int individuals) {
        static final Outcome ALREADY_PRESENT = new Outcome(null, 0, 0);
    }

    private final OfficeServices services;
    /** The same services on a clock set in the past: members are approved years before the demo's events. */
    private final OfficeServices history;
    private final HistoryClock historyClock;
    private final long seed;
    private final List<DuesBracket> duesBrackets;
    private final Set<String> knownEmails = new HashSet<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedDomains = new HashSet<>();
    private final Map<MembershipStatus, Integer> byStatus = new EnumMap<>(MembershipStatus.class);
    private int administrators;
    private int individuals;
    private int alreadyPresent;

    private DemoData(OfficeServices services, long seed) {
        this.services = services;
        this.historyClock = new HistoryClock(services.clock());
        this.history = new OfficeServices(services.database(), historyClock, services.access().actor());
        this.seed = seed;
        this.duesBrackets = services.dues().brackets();
    }

    /**
     * The parts of the demo data, in the order they are made (later parts use earlier ones: registrations need
     * organizations, the fund needs registrations, the quarterly updates count the fund's awards). A new part
     * is one line here; it is then made in one transaction and skipped once complete.
     */
    public static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("organizations", (services, scale, seed) -> generate(services, scale, seed).summary()),
            new DemoUnit("events", (services, scale, seed) -> DemoEvents.generate(services, scale, seed).summary()),
            new DemoUnit("fund", (services, scale, seed) -> DemoFund.generate(services, seed).summary()),
            new DemoUnit("groups", (services, scale, seed) -> {
                DemoGroups.Report groups = DemoGroups.generate(services, seed);
                return List.of(new DemoSummary("cli.demoData.summary.groups", groups.chairTerms(), groups.members(),
                        groups.executiveTerms(), groups.resolutions(), groups.proposals()));
            }),
            new DemoUnit("advocacy", (services, scale, seed) -> {
                DemoAdvocacy.Report advocacy = DemoAdvocacy.generate(services, seed);
                return List.of(new DemoSummary("cli.demoData.summary.advocacy", advocacy.campaigns(),
                        advocacy.letters(), advocacy.actions()));
            }),
            new DemoUnit("mailings", (services, scale, seed) -> {
                DemoMailings.Report mailings = DemoMailings.generate(services, scale, seed);
                return List.of(new DemoSummary("cli.demoData.summary.mailings", mailings.subscribers(),
                        mailings.unsubscribed(), mailings.mailings()));
            }),
            new DemoUnit("cases", (services, scale, seed) -> List.of(new DemoSummary("cli.demoData.summary.cases",
                    DemoCases.generate(services), DemoCases.PASSPHRASE))),
            // Before the updates: the published ones print the office's logo and address.
            new DemoUnit("office-settings", (services, scale, seed) -> List.of(
                    new DemoSummary("cli.demoData.summary.officeSettings", DemoOffice.generate(services)))),
            // After the fund and advocacy: the updates' key figures count their awards and letters.
            new DemoUnit("quarterly-updates", (services, scale, seed) -> List.of(
                    new DemoSummary("cli.demoData.summary.quarterlyUpdates", DemoUpdates.generate(services)))));

    private static final String MARK_ACTION = "DEMO_DATA";
    private static final String MARK_ENTITY = "demo_unit";
    private static final Pattern MARKED_SCALE = Pattern.compile("\"scale\"\\s*:\\s*(\\d+)");

    /** What one part did in a run: made now, or found complete from an earlier run. */
    public record UnitOutcome(String unit, boolean alreadyComplete, List<DemoSummary> summary) {
    }

    /**
     * Makes every part of the demo data that is not complete yet at this scale, each in one transaction with
     * the audit line that marks it complete. Whatever stopped an earlier run (a crash, a kill, a power cut),
     * running this again gives the same data as a run that was never interrupted.
     */
    public static List<UnitOutcome> fill(OfficeServices services, int scale, long seed) {
        return fill(services, scale, seed, outcome -> { });
    }

    /** The same, telling {@code done} about each part as soon as it is complete (or found complete). */
    public static List<UnitOutcome> fill(OfficeServices services, int scale, long seed,
                                         Consumer<UnitOutcome> done) {
        return fill(services, scale, seed, UNITS, done);
    }

    static List<UnitOutcome> fill(OfficeServices services, int scale, long seed, List<DemoUnit> units,
                                  Consumer<UnitOutcome> done) {
        if (scale < 1) {
            throw new IllegalArgumentException("The scale of the demo data is at least 1, was " + scale);
        }
        List<UnitOutcome> outcomes = new ArrayList<>();
        for (DemoUnit unit : units) {
            UnitOutcome outcome = completedScale(services, unit) >= scale
                    ? new UnitOutcome(unit.name(), true, List.of())
                    : services.database().transaction(() -> {
                        List<DemoSummary> summary = unit.maker().make(services, scale, seed);
                        services.audit().changed(MARK_ACTION, MARK_ENTITY, unit.name(), null,
                                Map.of("scale", scale, "seed", seed));
                        return new UnitOutcome(unit.name(), false, summary);
                    });
            outcomes.add(outcome);
            done.accept(outcome);
        }
        return outcomes;
    }

    /** The largest scale at which the part was completed, 0 when never. */
    private static int completedScale(OfficeServices services, DemoUnit unit) {
        return services.audit().entries(MARK_ENTITY, unit.name(), 1_000).stream()
                .filter(entry -> entry.action().equals(MARK_ACTION))
                .mapToInt(entry -> {
                    Matcher scale = MARKED_SCALE.matcher(String.valueOf(entry.after()));
                    return scale.find() ? Integer.parseInt(scale.group(1)) : 0;
                })
                .max().orElse(0);
    }

    /** Adds {@code scale} units of demo organizations; each unit is one transaction, whole or not at all. */
    public static DemoDataReport generate(OfficeServices services, int scale, long seed) {
        if (scale < 1) {
            throw new IllegalArgumentException("The scale of the demo data is at least 1, was " + scale);
        }
        DemoData run = new DemoData(services, seed);
        run.rememberEmailsInUse();
        for (int unit = 1; unit <= scale; unit++) {
            List<Plan> plans = run.plan(unit);
            services.database().transaction(() -> plans.forEach(plan -> run.count(run.carryOut(plan))));
        }
        return new DemoDataReport(run.byStatus, run.administrators, run.individuals, run.alreadyPresent);
    }

    private void rememberEmailsInUse() {
        services.membership().all().forEach(organization -> knownEmails.add(emailKey(organization.email())));
        services.accounts().all().stream().map(Account::email).forEach(email -> knownEmails.add(emailKey(email)));
    }

    private List<Plan> plan(int unit) {
        // One generator per unit: unit n is the same whatever the scale, so a larger scale only adds units.
        Random random = new Random(seed * 1_000_003L + unit);
        List<Fate> fates = shuffledFates(random);
        List<Plan> plans = new ArrayList<>();
        for (int index = 0; index < DemoOrganizations.TEMPLATES.size(); index++) {
            Template template = DemoOrganizations.TEMPLATES.get(index);
            Identity identity = unit == 1 ? catalogued(template) : placedElsewhere(template, unit, random);
            plans.add(plan(template, index, identity, fates.get(index), random));
        }
        assignPeople(plans, random);
        return plans;
    }

    private Identity catalogued(Template template) {
        usedNames.add(template.name());
        usedDomains.add(template.handle());
        return new Identity(template.name(), template.nameOtherLanguage(), template.city(),
                template.streetAddress(), template.postalCode(), template.phone(), template.profile(),
                template.notes(), template.handle() + DemoOrganizations.DOMAIN);
    }

    private Identity placedElsewhere(Template template, int unit, Random random) {
        List<Place> places = DemoOrganizations.PLACES.get(template.province());
        int home = Math.max(0, places.stream().map(Place::city).toList().indexOf(template.city()));
        Place place = places.get((home + unit - 1) % places.size());
        boolean french = template.language() == Language.FR;
        List<NamePattern> patterns = french ? DemoOrganizations.FRENCH_NAMES : DemoOrganizations.ENGLISH_NAMES;
        int first = random.nextInt(patterns.size());
        NamePattern pattern = patterns.get(first);
        for (int step = 0; step < patterns.size(); step++) {
            NamePattern candidate = patterns.get((first + step) % patterns.size());
            if (!usedNames.contains(candidate.in(place.city()))) {
                pattern = candidate;
                break;
            }
        }
        String name = unique(pattern.in(place.city()), usedNames, (base, n) -> base + " (" + n + ")");
        String handle = unique(pattern.acronym() + "-" + Texts.slug(place.city()), usedDomains,
                (base, n) -> base + "-" + n);
        int number = 10 + random.nextInt(2990);
        List<String> streets = french ? DemoOrganizations.FRENCH_STREETS : DemoOrganizations.ENGLISH_STREETS;
        String street = streets.get(random.nextInt(streets.size()));
        String streetAddress = french ? number + ", " + street : number + " " + street;
        String postalCode = place.postalPrefix() + " " + random.nextInt(10)
                + LDU_LETTERS.charAt(random.nextInt(LDU_LETTERS.length())) + random.nextInt(10);
        String line = String.format(Locale.ROOT, "555-01%02d", random.nextInt(100));
        String phone = french ? place.areaCode() + " " + line : "(" + place.areaCode() + ") " + line;
        return new Identity(name, null, place.city(), streetAddress, postalCode, phone, pattern.profile(), null,
                handle + DemoOrganizations.DOMAIN);
    }

    private static Plan plan(Template template, int index, Identity identity, Fate fate, Random random) {
        boolean french = template.language() == Language.FR;
        Set<ServiceOffered> services = identity.profile().services();
        Set<Clientele> clienteles = identity.profile().clienteles();
        if (random.nextBoolean()) {
            services.add(pick(ServiceOffered.values(), random));
            clienteles.add(pick(Clientele.values(), random));
        }
        String mailbox = french ? (index % 2 == 0 ? "accueil" : "info") : (index % 2 == 0 ? "info" : "office");
        String website = index % 5 == 4 ? null : "https://www." + identity.domain();
        OrganizationDraft draft = new OrganizationDraft(identity.name(), identity.nameOtherLanguage(),
                mailbox + "@" + identity.domain(), identity.phone(), website, identity.streetAddress(),
                identity.city(), identity.postalCode(), template.province(), template.language(), services,
                clienteles, identity.notes());
        String administratorEmail = fate.approved() && random.nextInt(4) == 0
                ? (french ? "direction@" : "director@") + identity.domain() : null;
        List<String> reasons = switch (fate) {
            case REJECTED -> DemoReasons.rejection(template.language());
            case LAPSED, RENEWED -> DemoReasons.lapse(template.language());
            case SUSPENDED, REINSTATED -> DemoReasons.suspension(template.language());
            case WITHDRAWN -> DemoReasons.withdrawal(template.language());
            case PENDING, ACTIVE -> List.of();
        };
        String reason = reasons.isEmpty() ? null : reasons.get(random.nextInt(reasons.size()));
        int duesBracket = random.nextInt(4);
        boolean duesPaid = fate != Fate.LAPSED && (fate != Fate.ACTIVE || random.nextInt(5) > 0);
        return new Plan(draft, identity.domain(), fate, administratorEmail, reason, new ArrayList<>(), duesBracket,
                duesPaid);
    }

    /** Every person of the list once per unit, each with an organization that gets approved. */
    private static void assignPeople(List<Plan> plans, Random random) {
        List<Plan> approved = plans.stream().filter(plan -> plan.fate().approved()).toList();
        List<Person> people = new ArrayList<>(DemoPeople.ALL);
        Collections.shuffle(people, random);
        for (Person person : people) {
            Plan plan;
            do {
                plan = approved.get(random.nextInt(approved.size()));
            } while (plan.individuals().size() >= MOST_INDIVIDUALS_PER_ORGANIZATION);
            int draw = random.nextInt(10);
            IndividualRole role = draw < 5 ? IndividualRole.STAFF
                    : draw < 8 ? IndividualRole.BOARD_MEMBER : IndividualRole.VOLUNTEER;
            plan.individuals().add(new IndividualAccountDraft(person.fullName(),
                    person.emailLocalPart() + "@" + plan.domain(), role));
        }
    }

    private Outcome carryOut(Plan plan) {
        String email = emailKey(plan.draft().email());
        if (knownEmails.contains(email)
                || plan.administratorEmail() != null && knownEmails.contains(emailKey(plan.administratorEmail()))) {
            return Outcome.ALREADY_PRESENT;
        }
        knownEmails.add(email);
        MembershipService membership = services.membership();
        if (plan.fate() == Fate.PENDING) {
            membership.apply(plan.draft());
            return new Outcome(MembershipStatus.APPLIED, 0, 0);
        }
        if (plan.fate() == Fate.REJECTED) {
            return new Outcome(membership.reject(membership.apply(plan.draft()).id(), plan.reason()).status(), 0, 0);
        }
        // Approved three and a half to six years ago (a few weeks after applying), so the member rate applies
        // to the registrations of the demo's events, the oldest of which are about three years back.
        Instant approvedAt = services.clock().instant().minus(Duration.ofDays(
                3 * 365 + 180 + Math.floorMod(email.hashCode(), 2 * 365 + 180)));
        historyClock.set(approvedAt.minus(Duration.ofDays(14 + Math.floorMod(email.hashCode(), 42))));
        long id = history.membership().apply(plan.draft()).id();
        historyClock.set(approvedAt);
        Organization approved = history.membership().approve(id, plan.administratorEmail()).organization();
        if (plan.administratorEmail() != null) {
            knownEmails.add(emailKey(plan.administratorEmail()));
        }
        int added = 0;
        for (IndividualAccountDraft individual : plan.individuals()) {
            if (knownEmails.add(emailKey(individual.email()))) {
                services.accounts().addIndividual(id, individual);
                added++;
            }
        }
        LocalDate today = LocalDate.now(services.clock());
        DuesService dues = services.dues();
        long bracketId = duesBrackets.get(plan.duesBracket() % duesBrackets.size()).id();
        dues.setBracket(id, bracketId);
        // Drawn from the email, not the generator, so the rest of the demo stays as it was.
        int draw = Math.floorMod(email.hashCode() / 13, 10);
        for (int year = today.getYear() - 2; year < today.getYear(); year++) {
            dues.assess(id, year, bracketId, DuesService.defaultDueDate(year));
            payInFull(id, year, DuesService.defaultDueDate(year).minusDays(3L * draw), draw);
        }
        // Unpaid dues of this year: some long overdue, some falling due within the month.
        LocalDate dueOn = plan.duesPaid() ? DuesService.defaultDueDate(today.getYear())
                : draw < 5 ? today.minusDays(20L + 10L * draw) : today.plusDays(4L + 5L * (draw - 5));
        dues.assess(id, today.getYear(), bracketId, dueOn);
        if (plan.fate() == Fate.RENEWED) {
            // Staff lapse the member for unpaid dues; its payment, recorded later, renews the membership.
            membership.lapse(id, plan.reason());
        }
        if (plan.duesPaid()) {
            // Paid before the due date, except the renewal: paid today, after the lapse.
            LocalDate paidOn = plan.fate() == Fate.RENEWED || dueOn.isAfter(today) ? today : dueOn.minusDays(3L * draw);
            payInFull(id, today.getYear(), paidOn, draw);
        }
        if (draw < 8) {
            services.accounts().administratorOf(id).ifPresent(administrator ->
                    dues.setVotingDelegate(id, administrator.id()));
        }
        Organization last = switch (plan.fate()) {
            case ACTIVE, RENEWED -> membership.find(id).orElse(approved);
            case LAPSED -> membership.lapse(id, plan.reason());
            case SUSPENDED -> membership.suspend(id, plan.reason());
            case REINSTATED -> {
                membership.suspend(id, plan.reason());
                yield membership.reinstate(id);
            }
            case WITHDRAWN -> membership.withdraw(id, plan.reason());
            case PENDING, REJECTED -> throw new IllegalStateException("Handled before approval: " + plan.fate());
        };
        return new Outcome(last.status(), 1, added);
    }

    private void payInFull(long organizationId, int year, LocalDate paidOn, int draw) {
        long balance = services.dues().line(organizationId, year).orElseThrow().balanceCents();
        PaymentMethod method = draw % 3 == 0 ? PaymentMethod.E_TRANSFER : PaymentMethod.CHEQUE;
        String reference = method == PaymentMethod.CHEQUE ? String.valueOf(1000 + draw * 37 + year % 100)
                : "ET-" + year + "-" + Math.floorMod(organizationId, 100_000);
        services.dues().recordPayment(organizationId, year, new DuesPaymentDraft(balance, paidOn, method, reference));
    }

    private void count(Outcome outcome) {
        if (outcome.status() == null) {
            alreadyPresent++;
            return;
        }
        byStatus.merge(outcome.status(), 1, Integer::sum);
        administrators += outcome.administrators();
        individuals += outcome.individuals();
    }

    private static List<Fate> shuffledFates(Random random) {
        List<Fate> fates = new ArrayList<>();
        FATES_PER_UNIT.forEach((fate, count) -> fates.addAll(Collections.nCopies(count, fate)));
        Collections.shuffle(fates, random);
        return fates;
    }

    private static Map<Fate, Integer> fatesPerUnit() {
        Map<Fate, Integer> fates = new EnumMap<>(Fate.class);
        fates.put(Fate.PENDING, 5);
        fates.put(Fate.REJECTED, 3);
        fates.put(Fate.LAPSED, 3);
        fates.put(Fate.RENEWED, 2);
        fates.put(Fate.SUSPENDED, 2);
        fates.put(Fate.REINSTATED, 1);
        fates.put(Fate.WITHDRAWN, 1);
        int others = fates.values().stream().mapToInt(Integer::intValue).sum();
        fates.put(Fate.ACTIVE, ORGANIZATIONS_PER_SCALE - others);
        return fates;
    }

    private static String unique(String base, Set<String> used, BiFunction<String, Integer, String> numbered) {
        String candidate = base;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = numbered.apply(base, n);
        }
        used.add(candidate);
        return candidate;
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
