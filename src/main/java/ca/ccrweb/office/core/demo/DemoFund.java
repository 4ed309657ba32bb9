package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundApplication;
import ca.ccrweb.office.core.fund.FundApplicationDraft;
import ca.ccrweb.office.core.fund.FundService;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.core.fund.FundLine;
import ca.ccrweb.office.core.fund.RequestedLine;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Demo data for the Amina Malko fund, made through the services as staff would: each year that has
 * consultations gets a budget per stream, applications from people registered there (both streams), decisions
 * (selected, waitlisted, declined, one still to decide), and money paid out on the awards of past consultations.
 * The awards name the consultations the recipients registered for, so those registrations show as covered.
 * Run again, it adds nothing once the fund has applications.
 */
public final class DemoFund {
    private static final long PARTICIPATION_BUDGET = 1_200_000L;
    private static final long LEADERSHIP_BUDGET = 900_000L;
    private static final int PARTICIPATION_PER_YEAR = 7;
    private static final Province[] PROVINCES = Province.values();

    private DemoFund() {
    }

    public record Report(int applications, int awards, int disbursements) {
        public List<DemoSummary> summary() {
            return List.of(new DemoSummary("cli.demoData.summary.fund", applications, awards, disbursements));
        }
    }

    public static Report generate(OfficeServices services, long seed) {
        FundService fund = services.fund();
        if (!fund.applications(null).isEmpty()) {
            return new Report(0, 0, 0);
        }
        Random random = new Random(seed ^ 0xF0_4D_A3L);
        LocalDate today = LocalDate.now(services.clock());
        Map<Long, Organization> organizations = new HashMap<>();
        services.membership().all().forEach(organization -> organizations.put(organization.id(), organization));
        Map<Integer, List<Event>> byYear = new TreeMap<>();
        for (Event event : services.events().all()) {
            if (FundService.isConsultation(event)) {
                byYear.computeIfAbsent(event.startsOn().getYear(), year -> new ArrayList<>()).add(event);
            }
        }
        int applications = 0;
        int awards = 0;
        int disbursements = 0;
        for (Map.Entry<Integer, List<Event>> year : byYear.entrySet()) {
            List<Event> consultations = year.getValue().stream().sorted(Comparator.comparing(Event::startsOn)).toList();
            fund.setBudget(year.getKey(), FundStream.PARTICIPATION, PARTICIPATION_BUDGET);
            fund.setBudget(year.getKey(), FundStream.LEADERSHIP, LEADERSHIP_BUDGET);
            List<FundApplication> made = new ArrayList<>();
            made.addAll(participation(services, year.getKey(), consultations, organizations, random));
            made.addAll(leadership(services, year.getKey(), consultations, organizations, random));
            applications += made.size();
            int order = 0;
            for (FundApplication application : made) {
                FundApplication decided = decide(fund, application, order++, random);
                if (decided.isAward()) {
                    awards++;
                    disbursements += payOut(services, decided, today, random);
                }
            }
        }
        return new Report(applications, awards, disbursements);
    }

    private static List<FundApplication> participation(OfficeServices services, int year, List<Event> consultations,
                                                       Map<Long, Organization> organizations, Random random) {
        List<FundApplication> made = new ArrayList<>();
        List<Event> national = consultations.stream()
                .filter(event -> event.kind() == EventKind.NATIONAL_CONSULTATION).toList();
        List<Event> choices = national.isEmpty() ? consultations : national;
        Set<Long> applied = new HashSet<>();
        for (int i = 0; i < PARTICIPATION_PER_YEAR; i++) {
            Event event = choices.get(i % choices.size());
            List<Registration> registered = services.registrations().ofEvent(event.id()).stream()
                    .filter(registration -> registration.status() != RegistrationStatus.CANCELLED
                            && registration.email() != null && !applied.contains(registration.contactId()))
                    .toList();
            if (registered.isEmpty()) {
                continue;
            }
            Registration person = registered.get(random.nextInt(registered.size()));
            applied.add(person.contactId());
            made.add(services.fund().apply(draft(person, FundStream.PARTICIPATION, year, List.of(event),
                    organizations, random)));
        }
        return made;
    }

    /** People registered at three of the year's consultations first; else someone registered at one of them. */
    private static List<FundApplication> leadership(OfficeServices services, int year, List<Event> consultations,
                                                    Map<Long, Organization> organizations, Random random) {
        if (consultations.size() < FundStream.LEADERSHIP.consultations()) {
            return List.of();
        }
        List<Event> three = consultations.subList(0, FundStream.LEADERSHIP.consultations());
        Map<Long, Integer> times = new HashMap<>();
        Map<Long, Registration> someRegistration = new LinkedHashMap<>();
        for (Event event : three) {
            for (Registration registration : services.registrations().ofEvent(event.id())) {
                if (registration.status() != RegistrationStatus.CANCELLED && registration.email() != null) {
                    times.merge(registration.contactId(), 1, Integer::sum);
                    someRegistration.putIfAbsent(registration.contactId(), registration);
                }
            }
        }
        List<Registration> candidates = someRegistration.values().stream()
                .sorted(Comparator.comparing((Registration r) -> -times.get(r.contactId()))
                        .thenComparing(Registration::contactId))
                .limit(3).toList();
        List<FundApplication> made = new ArrayList<>();
        for (Registration person : candidates) {
            made.add(services.fund().apply(draft(person, FundStream.LEADERSHIP, year, three, organizations, random)));
        }
        return made;
    }

    private static FundApplicationDraft draft(Registration person, FundStream stream, int year, List<Event> events,
                                              Map<Long, Organization> organizations, Random random) {
        Organization organization = person.organizationId() == null ? null : organizations.get(person.organizationId());
        Province province = organization != null ? organization.province() : PROVINCES[random.nextInt(PROVINCES.length)];
        int trips = events.size();
        List<RequestedLine> lines = new ArrayList<>();
        lines.add(new RequestedLine(ExpenseLine.TRAVEL, trips * (20_000L + random.nextInt(40) * 1_000L),
                person.language() == Language.FR ? "Autobus ou train aller-retour"
                        : "Return bus or train fare"));
        lines.add(new RequestedLine(ExpenseLine.LODGING, trips * 2 * (12_000L + random.nextInt(8) * 1_000L),
                person.language() == Language.FR ? "Deux nuits à l’hôtel"
                        : "Two hotel nights"));
        lines.add(new RequestedLine(ExpenseLine.MEALS, trips * 9_000L, null));
        if (person.amountDueCents() > 0) {
            lines.add(new RequestedLine(ExpenseLine.REGISTRATION, trips * person.amountDueCents(), null));
        }
        if (random.nextInt(4) == 0) {
            lines.add(new RequestedLine(ExpenseLine.CHILDCARE, trips * 15_000L,
                    person.language() == Language.FR ? "Deux enfants, trois jours"
                            : "Two children, three days"));
        }
        LocalDate submitted = events.getFirst().startsOn().minusDays(60 + random.nextInt(30));
        return new FundApplicationDraft(new ContactDraft(person.fullName(), person.email(), null, person.language(),
                null, null), organization == null ? null : organization.id(), stream, year, province,
                person.language(), events.stream().map(Event::id).toList(), lines, submitted);
    }

    /** Most are selected (some for less than asked), one waits, one is declined, one is left to decide. */
    private static FundApplication decide(FundService fund, FundApplication application, int order, Random random) {
        boolean french = application.language() == Language.FR;
        return switch (order % 7) {
            case 3 -> fund.waitlist(application.id(), Map.of(), french ? "En attente d’un désistement"
                    : "Waiting for budget to free up");
            case 5 -> fund.decline(application.id(), french ? "Ne réside pas au Canada" : "Does not reside in Canada");
            case 6 -> application;
            default -> {
                Map<ExpenseLine, Long> award = new EnumMap<>(ExpenseLine.class);
                for (FundLine line : application.lines()) {
                    long cents = line.expense() == ExpenseLine.LODGING && random.nextBoolean()
                            ? line.requestedCents() * 3 / 4 : line.requestedCents();
                    award.put(line.expense(), cents);
                }
                long total = award.values().stream().mapToLong(Long::longValue).sum();
                if (total > fund.budget(application.year(), application.stream()).remainingCents()) {
                    yield fund.waitlist(application.id(), award, french ? "Budget de l’année épuisé"
                            : "This year’s budget is spent");
                }
                yield fund.select(application.id(), award, french ? "Première participation d’une personne réfugiée"
                        : "First participation of a refugee", null);
            }
        };
    }

    /** Travel paid before the first consultation; the rest on receipts after it, for consultations already held. */
    private static int payOut(OfficeServices services, FundApplication award, LocalDate today, Random random) {
        List<Event> events = services.fund().eventsOf(award);
        LocalDate first = events.getFirst().startsOn();
        if (!first.isBefore(today)) {
            return 0;
        }
        int paid = 0;
        for (FundLine line : award.lines()) {
            if (line.expense() == ExpenseLine.REGISTRATION || line.awardedOrZero() == 0) {
                continue;
            }
            boolean before = line.expense() == ExpenseLine.TRAVEL;
            long amount = before || random.nextInt(3) > 0 ? line.awardedOrZero() : line.awardedOrZero() / 2;
            LocalDate on = before ? first.minusDays(10) : events.getLast().endsOn().plusDays(7 + random.nextInt(20));
            if (on.isAfter(today)) {
                continue;
            }
            PaymentMethod method = before ? PaymentMethod.E_TRANSFER : PaymentMethod.CHEQUE;
            services.fund().disburse(award.id(), line.expense(), amount, on, method,
                    "REÇU-" + award.year() + "-" + (1000 + random.nextInt(9000)));
            paid++;
        }
        return paid;
    }
}
