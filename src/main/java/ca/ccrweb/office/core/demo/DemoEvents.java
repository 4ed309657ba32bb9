package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.events.PaymentService;
import ca.ccrweb.office.core.events.RateCategory;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.events.Session;
import ca.ccrweb.office.core.events.SessionDraft;
import ca.ccrweb.office.core.events.SessionKind;
import ca.ccrweb.office.core.events.WorkingGroup;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Demo events and registrations, made through the services as staff would: consultations in spring and
 * fall (a different city each time, three days, with a programme), working group meetings (Toronto in
 * winter, Montréal in summer), youth action gatherings and webinars, each with its fee schedule; then
 * registrations of people from member and other organizations, payments, cancellations and check-ins.
 *
 * <p>Each unit of scale adds {@link #EVENTS_PER_SCALE} events (at most {@link #MOST_EVENTS}) and
 * {@link #REGISTRATIONS_PER_SCALE} registrations, so scale 50 gives 100,000 registrations over 50 events.
 * Events already present (same French title and start) are left as they are.
 */
public final class DemoEvents {
    public static final int EVENTS_PER_SCALE = 10;
    public static final int MOST_EVENTS = 50;
    public static final int REGISTRATIONS_PER_SCALE = 2_000;
    private static final int REGISTRATIONS_PER_TRANSACTION = 2_000;
    private static final int SETTLED_ONE_BY_ONE = 1_500;
    private static final String DEMO_WAIVER_REASON = "Bénévole de l’événement / Event volunteer";

    private static final String[][] CONSULTATION_CITIES = {
            {"Montréal", "Montréal"}, {"Toronto", "Toronto"}, {"Winnipeg", "Winnipeg"}, {"Halifax", "Halifax"},
            {"Vancouver", "Vancouver"}, {"Québec", "Quebec City"}, {"Ottawa", "Ottawa"}, {"Edmonton", "Edmonton"},
            {"Saskatoon", "Saskatoon"}, {"Fredericton", "Fredericton"}, {"Moncton", "Moncton"},
            {"St. John’s", "St. John’s"}, {"Calgary", "Calgary"}, {"Sherbrooke", "Sherbrooke"}};
    private static final String[] FIRST_NAMES = {"Amina", "Jean-François", "Nguyễn Thị", "Zoë", "Mohammed",
            "Marie-Ève", "Ayşe", "Kwame", "Sofía", "Hélène", "Yonas", "Chloé", "Olusegun", "Đặng Văn", "Fatima",
            "Aleksandr", "Priya", "Li", "Samira", "Gabriel", "Nour", "Élodie", "Tesfaye", "Mariam", "Dmitri",
            "Hamid", "Josée", "Abdi", "Isabelle", "Rania", "محمد", "ተስፋዬ", "Lucía", "Arash", "Bình"};
    private static final String[] LAST_NAMES = {"Haddad", "Tremblay", "Hương", "Côté-Bélanger", "Abdallah",
            "Lévesque", "Yılmaz", "Mensah", "Ramírez", "Dubé", "Tesfamariam", "Bérubé", "Adébáyọ̀", "Lâm", "Nasser",
            "Ivanov", "Sharma", "Wei", "Khalil", "Gagnon", "Farah", "Roy", "Gebremedhin", "Hussein", "Petrov",
            "Karimi", "Bouchard", "Warsame", "Pelletier", "Saleh", "عبد الله", "ገብረመድህን", "Ortega", "Rahimi", "Trần"};
    private static final String[] NON_MEMBER_GROUPS = {"Groupe citoyen de parrainage de Rimouski",
            "Église unie Saint-Jean — comité d’accueil", "Neighbourhood Sponsorship Circle", "Université Laval",
            "Student Refugee Program – UBC", null};

    private DemoEvents() {
    }

    public record Report(int events, int registrations, int eventsAlreadyPresent) {
        public List<DemoSummary> summary() {
            List<DemoSummary> lines = new ArrayList<>();
            lines.add(new DemoSummary("cli.demoData.summary.events", events, registrations));
            if (eventsAlreadyPresent > 0) {
                lines.add(new DemoSummary("cli.demoData.summary.eventsAlreadyPresent", eventsAlreadyPresent));
            }
            return lines;
        }
    }

    public static Report generate(OfficeServices services, int scale, long seed) {
        return generate(services, Math.min(MOST_EVENTS, EVENTS_PER_SCALE * scale), REGISTRATIONS_PER_SCALE * scale, seed);
    }

    /** A given number of events and registrations (the benchmark asks for 50 events and 100,000 registrations). */
    public static Report generate(OfficeServices services, int eventCount, int registrationCount, long seed) {
        Random random = new Random(seed ^ 0x5EED_E7E7L);
        List<Organization> members = services.membership().all().stream()
                .filter(organization -> organization.status() == MembershipStatus.ACTIVE).toList();
        LocalDate today = LocalDate.now(services.clock());
        List<EventDraft> drafts = eventDrafts(eventCount, today);
        int people = Math.max(50, registrationCount / 3);
        int[] perEvent = spread(registrationCount, drafts.size(), random);
        Set<String> existing = new HashSet<>();
        for (Event event : services.events().all()) {
            existing.add(event.titleFr() + "|" + event.startsOn());
        }
        List<Event> created = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        int alreadyPresent = 0;
        for (int d = 0; d < drafts.size(); d++) {
            EventDraft draft = drafts.get(d);
            if (existing.contains(draft.titleFr() + "|" + draft.startsOn())) {
                alreadyPresent++;
                continue;
            }
            int target = Math.min(perEvent[d], people);
            created.add(createWithScheduleAndProgramme(services, sized(draft, target), members, target, random));
            targets.add(target);
        }
        int registrations = created.isEmpty() ? 0
                : register(services, created, targets, members, people, today, random);
        return new Report(created.size(), registrations, alreadyPresent);
    }

    private static List<EventDraft> eventDrafts(int count, LocalDate today) {
        List<EventDraft> drafts = new ArrayList<>();
        int year = today.getYear() - 2;
        int consultation = 0;
        while (drafts.size() < count) {
            String[] springCity = CONSULTATION_CITIES[consultation++ % CONSULTATION_CITIES.length];
            String[] fallCity = CONSULTATION_CITIES[consultation++ % CONSULTATION_CITIES.length];
            LocalDate spring = LocalDate.of(year, 5, 28);
            LocalDate fall = LocalDate.of(year, 11, 26);
            drafts.add(consultation("Consultation du printemps " + year + " — " + springCity[0],
                    "Spring Consultation " + year + " — " + springCity[1], spring, springCity[0], today));
            drafts.add(consultation("Consultation d’automne " + year + " — " + fallCity[0],
                    "Fall Consultation " + year + " — " + fallCity[1], fall, fallCity[0], today));
            drafts.add(simple(EventKind.WORKING_GROUP_MEETINGS, "Rencontres des groupes de travail — hiver " + year,
                    "Working Group Meetings — winter " + year, LocalDate.of(year, 2, 12), 2, "Toronto", today));
            drafts.add(simple(EventKind.WORKING_GROUP_MEETINGS, "Rencontres des groupes de travail — été " + year,
                    "Working Group Meetings — summer " + year, LocalDate.of(year, 7, 9), 2, "Montréal", today));
            drafts.add(simple(EventKind.YOUTH_ACTION_GATHERING, "Rassemblement action jeunesse " + year,
                    "Youth Action Gathering " + year, LocalDate.of(year, 8, 14), 2, "Winnipeg", today));
            drafts.add(simple(EventKind.WEBINAR, "Webinaire : permis de séjour temporaire pour les familles " + year,
                    "Webinar: temporary resident permits for families " + year, LocalDate.of(year, 3, 18), 1, null, today));
            drafts.add(simple(EventKind.VIRTUAL_MEETING, "Rencontre virtuelle : détention " + year,
                    "Virtual meeting: detention " + year, LocalDate.of(year, 10, 7), 1, null, today));
            year++;
        }
        return drafts.subList(0, count);
    }

    private static EventDraft consultation(String titleFr, String titleEn, LocalDate start, String city, LocalDate today) {
        return new EventDraft(EventKind.NATIONAL_CONSULTATION, titleFr, titleEn, start, start.plusDays(2), city,
                "Centre des congrès", null, start.minusDays(14), start.minusDays(45), statusOf(start, start.plusDays(2), today));
    }

    /**
     * Places as an office would book them: a room of the usual size for the kind of event, or, when the demo
     * is scaled up, one a little smaller than the demand (about one in twelve cancels), so the last few to
     * register wait for a place. Online events have no limit.
     */
    private static EventDraft sized(EventDraft draft, int expected) {
        Integer usual = switch (draft.kind()) {
            case NATIONAL_CONSULTATION -> 350;
            case WORKING_GROUP_MEETINGS -> 150;
            case YOUTH_ACTION_GATHERING -> 120;
            case WEBINAR, VIRTUAL_MEETING -> null;
        };
        Integer capacity = usual == null ? null : Math.max(usual, roundedUp(expected * 90 / 100));
        return new EventDraft(draft.kind(), draft.titleFr(), draft.titleEn(), draft.startsOn(), draft.endsOn(),
                draft.city(), draft.venue(), capacity, draft.registrationDeadline(), draft.earlyBirdDeadline(),
                draft.status());
    }

    private static int roundedUp(int places) {
        return (places + 9) / 10 * 10;
    }

    private static EventDraft simple(EventKind kind, String titleFr, String titleEn, LocalDate start, int days,
                                     String city, LocalDate today) {
        LocalDate end = start.plusDays(days - 1);
        return new EventDraft(kind, titleFr, titleEn, start, end, city, null, null, start.minusDays(3), null,
                statusOf(start, end, today));
    }

    /** Past events stay open in the demo so their registrations can be made; staff close them afterwards. */
    private static EventStatus statusOf(LocalDate start, LocalDate end, LocalDate today) {
        return end.isBefore(today) || !start.isAfter(today.plusMonths(8))
                ? EventStatus.REGISTRATION_OPEN : EventStatus.PLANNED;
    }

    private static Event createWithScheduleAndProgramme(OfficeServices services, EventDraft draft,
                                                        List<Organization> members, int expected, Random random) {
        Event event = services.events().create(draft);
        boolean free = draft.kind() == EventKind.WEBINAR || draft.kind() == EventKind.VIRTUAL_MEETING;
        long memberFull = free ? 0 : draft.kind() == EventKind.NATIONAL_CONSULTATION ? 25_000 : 9_000;
        services.events().addRate(event.id(), new RateCategoryDraft(RateKind.MEMBER, "Membre", "Member",
                memberFull, memberFull / 2, memberFull == 0 ? null : memberFull * 4 / 5, null));
        services.events().addRate(event.id(), new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre",
                "Non-member", free ? 2_500L : memberFull * 8 / 5, free ? 2_500L : memberFull * 4 / 5, null, null));
        if (!free) {
            services.events().addRate(event.id(), new RateCategoryDraft(RateKind.SPECIAL, "Réfugié·e ou nouvel arrivant",
                    "Refugee or newcomer", 5_000L, 2_000L, null, null));
            services.events().addRate(event.id(), new RateCategoryDraft(RateKind.SPECIAL, "Jeunes", "Youth",
                    7_500L, 3_000L, null, null));
        }
        if (draft.kind() == EventKind.NATIONAL_CONSULTATION) {
            addProgramme(services, event, members, expected, random);
        }
        return event;
    }

    /** Rooms sized as the events are: a third of the people come to each session, a few wait for a seat. */
    private static void addProgramme(OfficeServices services, Event event, List<Organization> members, int expected,
                                     Random random) {
        int third = roundedUp(expected / 3 * 97 / 100);
        LocalDate first = event.startsOn();
        String[][] groups = {{"Immigration et établissement", "Immigration and Settlement"},
                {"Protection au Canada", "Protection in Canada"},
                {"Protection outremer et parrainage", "Overseas Protection and Sponsorship"}};
        WorkingGroup[] workingGroups = WorkingGroup.values();
        for (int i = 0; i < 3; i++) {
            services.events().addSession(event.id(), new SessionDraft(SessionKind.WORKING_GROUP_MEETING,
                    "Groupe de travail " + groups[i][0], "Working group " + groups[i][1], workingGroups[i], null,
                    first, LocalTime.of(9 + 2 * i, 0), LocalTime.of(10 + 2 * i, 30), "Salle " + (char) ('A' + i),
                    Math.max(120, third)));
        }
        String[][] workshops = {{"Détention des migrants", "Immigration detention"},
                {"Parrainage privé : bonnes pratiques", "Private sponsorship: good practices"},
                {"Santé mentale et traumatismes", "Mental health and trauma"},
                {"Traite des personnes", "Human trafficking"}};
        for (int i = 0; i < workshops.length; i++) {
            Long organizer = members.isEmpty() ? null : members.get(random.nextInt(members.size())).id();
            if (organizer == null) {
                break;
            }
            services.events().addSession(event.id(), new SessionDraft(SessionKind.WORKSHOP, "Atelier : " + workshops[i][0],
                    "Workshop: " + workshops[i][1], null, organizer, first.plusDays(1), LocalTime.of(9 + 2 * (i % 2), 0),
                    LocalTime.of(10 + 2 * (i % 2), 30), "Salle " + (i + 1), Math.max(60, third)));
        }
        services.events().addSession(event.id(), new SessionDraft(SessionKind.CAUCUS, "Caucus des jeunes",
                "Youth caucus", null, null, first.plusDays(1), LocalTime.of(14, 0), LocalTime.of(15, 30), "Salle B", Math.max(80, third)));
        services.events().addSession(event.id(), new SessionDraft(SessionKind.GENERAL_ASSEMBLY,
                "Assemblée générale du CCR", "CCR General Assembly", null, null, first.plusDays(2), LocalTime.of(9, 0),
                LocalTime.of(12, 0), "Grande salle", null));
    }

    private static int register(OfficeServices services, List<Event> events, List<Integer> targets,
                                List<Organization> members, int people, LocalDate today, Random random) {
        int made = 0;
        for (int e = 0; e < events.size(); e++) {
            Event event = events.get(e);
            List<RateCategory> specials = services.events().rates(event.id()).stream()
                    .filter(rate -> rate.kind() == RateKind.SPECIAL).toList();
            List<Session> sessions = services.events().sessions(event.id());
            Set<Integer> attending = new HashSet<>();
            int target = targets.get(e);
            for (int done = 0; done < target; done += REGISTRATIONS_PER_TRANSACTION) {
                List<RegistrationDraft> drafts = new ArrayList<>();
                for (int i = done; i < Math.min(target, done + REGISTRATIONS_PER_TRANSACTION); i++) {
                    int person;
                    do {
                        person = random.nextInt(people);
                    } while (!attending.add(person));
                    drafts.add(draftFor(person, event, members, specials, sessions, today, random));
                }
                services.intake().registerAll(event.id(), drafts);
            }
            List<Registration> registered = services.registrations().ofEvent(event.id());
            made += registered.size();
            settle(services, registered, event, today, random);
            if (event.endsOn().isBefore(today)) {
                closeWaitingLists(services, event);
                services.events().update(event.id(), new EventDraft(event.kind(), event.titleFr(), event.titleEn(),
                        event.startsOn(), event.endsOn(), event.city(), event.venue(), event.capacity(),
                        event.registrationDeadline(), event.earlyBirdDeadline(), EventStatus.COMPLETED));
            }
        }
        return made;
    }

    private static RegistrationDraft draftFor(int person, Event event, List<Organization> members,
                                              List<RateCategory> specials, List<Session> sessions, LocalDate today,
                                              Random random) {
        String first = FIRST_NAMES[person % FIRST_NAMES.length];
        String last = LAST_NAMES[(person / FIRST_NAMES.length + person) % LAST_NAMES.length];
        String name = first + " " + last;
        String email = Texts.slug(first) + "." + Texts.slug(last) + "." + person + "@participants.example";
        Language language = person % 3 == 0 ? Language.EN : Language.FR;
        boolean fromMember = !members.isEmpty() && person % 5 != 0;
        Organization organization = fromMember ? members.get(person % members.size()) : null;
        String group = fromMember ? null : NON_MEMBER_GROUPS[person % NON_MEMBER_GROUPS.length];
        Long special = !specials.isEmpty() && random.nextInt(10) == 0
                ? specials.get(random.nextInt(specials.size())).id() : null;
        Set<LocalDate> days = event.days().size() > 1 && random.nextInt(6) == 0
                ? Set.of(event.days().get(random.nextInt(event.days().size()))) : Set.of();
        Set<Long> chosen = new HashSet<>();
        for (Session session : sessions) {
            if ((days.isEmpty() || days.contains(session.day())) && random.nextInt(3) == 0) {
                chosen.add(session.id());
            }
        }
        LocalDate registeredOn = event.startsOn().minusDays(5 + random.nextInt(80));
        if (registeredOn.isAfter(today)) {
            registeredOn = today;
        }
        return new RegistrationDraft(new ContactDraft(name, email, null, language, null, null),
                organization == null ? null : organization.id(), group, special, days, chosen, language,
                random.nextInt(25) == 0 ? "Fauteuil roulant / wheelchair" : null,
                random.nextInt(6) == 0 ? (random.nextBoolean() ? "Végétarien" : "Halal") : null,
                random.nextInt(12) == 0 ? "FR ↔ EN" : null,
                random.nextInt(30) == 0 ? "2 enfants (3 et 6 ans)" : null, registeredOn);
    }

    /**
     * Most pay, some in part, some are exempted; a sample of people cancel, and at past events the sample
     * is checked in or marked absent (one by one, as at the door; the rest of a large demo is left as is).
     */
    private static void settle(OfficeServices services, List<Registration> registrations, Event event,
                               LocalDate today, Random random) {
        List<PaymentService.NewPayment> payments = new ArrayList<>();
        List<Registration> sample = new ArrayList<>();
        for (Registration registration : registrations) {
            int dice = random.nextInt(100);
            LocalDate paidOn = registration.registeredOn().plusDays(random.nextInt(10));
            PaymentMethod method = PaymentMethod.values()[random.nextInt(PaymentMethod.values().length)];
            if (registration.amountDueCents() > 0 && dice < 75) {
                long amount = dice < 65 ? registration.amountDueCents() : registration.amountDueCents() / 2;
                payments.add(new PaymentService.NewPayment(registration.id(), amount,
                        paidOn.isAfter(today) ? today : paidOn, method,
                        method == PaymentMethod.CHEQUE ? "Chèque n° " + (1000 + random.nextInt(9000)) : null));
            } else if (dice < 78) {
                sample.add(registration);
            }
            if (random.nextInt(Math.max(1, registrations.size() / SETTLED_ONE_BY_ONE)) == 0) {
                sample.add(registration);
            }
        }
        for (int from = 0; from < payments.size(); from += REGISTRATIONS_PER_TRANSACTION) {
            services.payments().recordPayments(
                    payments.subList(from, Math.min(payments.size(), from + REGISTRATIONS_PER_TRANSACTION)));
        }
        services.database().transaction(() -> {
            for (Registration registration : sample) {
                settleOne(services, registration, event, today, random);
            }
        });
    }

    private static void settleOne(OfficeServices services, Registration registration, Event event, LocalDate today,
                                  Random random) {
        Registration current = services.registrations().find(registration.id()).orElseThrow();
        if (current.paidCents() == 0 && current.amountDueCents() > 0 && random.nextInt(4) == 0) {
            services.payments().waiveFee(current.id(), DEMO_WAIVER_REASON);
        }
        if (random.nextInt(12) == 0 && current.status() != RegistrationStatus.CANCELLED) {
            services.registrations().cancel(current.id());
        } else if (event.endsOn().isBefore(today) && current.status() == RegistrationStatus.REGISTERED) {
            if (random.nextInt(10) == 0) {
                services.registrations().markNoShow(current.id());
            } else {
                services.registrations().checkIn(current.id());
            }
        }
    }

    /** Once an event is over, those still waiting never got a place: staff cancel their registrations. */
    private static void closeWaitingLists(OfficeServices services, Event event) {
        services.database().transaction(() -> {
            for (Registration registration : services.registrations().ofEvent(event.id())) {
                if (registration.status() == RegistrationStatus.WAITLISTED) {
                    services.registrations().cancel(registration.id());
                }
            }
        });
    }

    private static int[] spread(int total, int buckets, Random random) {
        int[] counts = new int[buckets];
        double[] weights = new double[buckets];
        double sum = 0;
        for (int i = 0; i < buckets; i++) {
            weights[i] = 0.5 + random.nextDouble() * (i % 7 < 2 ? 3 : 1);
            sum += weights[i];
        }
        int given = 0;
        for (int i = 0; i < buckets; i++) {
            counts[i] = (int) Math.floor(total * weights[i] / sum);
            given += counts[i];
        }
        for (int i = 0; given < total; i = (i + 1) % buckets) {
            counts[i]++;
            given++;
        }
        return counts;
    }
}
