package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.demo.DemoPeople.Person;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.governance.ExecutivePosition;
import ca.ccrweb.office.core.governance.ExecutiveTermDraft;
import ca.ccrweb.office.core.governance.GovernanceService;
import ca.ccrweb.office.core.governance.Resolution;
import ca.ccrweb.office.core.governance.ResolutionDraft;
import ca.ccrweb.office.core.governance.ResolutionStatus;
import ca.ccrweb.office.core.governance.ResolutionTheme;
import ca.ccrweb.office.core.groups.ChairSeat;
import ca.ccrweb.office.core.groups.Group;
import ca.ccrweb.office.core.groups.GroupDraft;
import ca.ccrweb.office.core.groups.GroupKind;
import ca.ccrweb.office.core.groups.GroupService;
import ca.ccrweb.office.core.groups.WorkshopProposal;
import ca.ccrweb.office.core.groups.WorkshopProposalDraft;
import ca.ccrweb.office.core.groups.WorkshopSlot;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Demo data for the groups and governance, made through the services as staff would: the council's groups with
 * their staff liaison, chairs and co-chairs (the previous terms and the current ones), members from the member
 * organizations, an executive committee elected at general assemblies, about thirty resolutions over eight years
 * sponsored by the working groups, and workshop proposals for the next consultation (the latest when none is to
 * come), some accepted into its programme. Run again, it adds nothing once resolutions exist.
 */
public final class DemoGroups {
    private static final String DOMAIN = ".example";

    private DemoGroups() {
    }

    public record Report(int chairTerms, int members, int executiveTerms, int resolutions, int proposals) {
    }

    private record Text(String fr, String en, ResolutionTheme... themes) {
    }

    /** Resolutions of the kind the council adopts, by working group: 0 immigration, 1 inland, 2 overseas. */
    private static final List<Text> TITLES = List.of(
            new Text("Délais de traitement de la réunification familiale", "Family reunification processing times",
                    ResolutionTheme.FAMILY_REUNIFICATION),
            new Text("Détention des enfants migrants", "Detention of migrant children", ResolutionTheme.DETENTION,
                    ResolutionTheme.SEPARATED_CHILDREN),
            new Text("Plafonds du parrainage privé", "Caps on private sponsorship", ResolutionTheme.PRIVATE_SPONSORSHIP),
            new Text("Accès aux services d’établissement pour les demandeurs d’asile",
                    "Access to settlement services for refugee claimants", ResolutionTheme.SETTLEMENT_SERVICES),
            new Text("Entente sur les tiers pays sûrs", "Safe Third Country Agreement",
                    ResolutionTheme.REFUGEE_DETERMINATION),
            new Text("Réinstallation des réfugiés LGBTQ+", "Resettlement of LGBTQ+ refugees",
                    ResolutionTheme.RESETTLEMENT, ResolutionTheme.GENDER_AND_LGBTQ),
            new Text("Frais de citoyenneté", "Citizenship fees", ResolutionTheme.CITIZENSHIP),
            new Text("Alinéa 117(9)d) et enfants exclus", "Paragraph 117(9)(d) and excluded children",
                    ResolutionTheme.FAMILY_REUNIFICATION, ResolutionTheme.SEPARATED_CHILDREN),
            new Text("Renvois vers des pays en crise", "Removals to countries in crisis", ResolutionTheme.REMOVALS),
            new Text("Parrainage mixte (RDBV)", "Blended sponsorship (BVOR)", ResolutionTheme.PRIVATE_SPONSORSHIP,
                    ResolutionTheme.RESETTLEMENT),
            new Text("Permis de travail ouverts pour les travailleuses et travailleurs migrants",
                    "Open work permits for migrant workers", ResolutionTheme.MIGRANT_WORKERS,
                    ResolutionTheme.TEMPORARY_RESIDENTS),
            new Text("Soins de santé pour les demandeurs d’asile", "Health care for refugee claimants",
                    ResolutionTheme.HEALTH),
            new Text("Protection des victimes de la traite", "Protection for trafficked persons",
                    ResolutionTheme.TRAFFICKING),
            new Text("Appel pour les demandeurs déboutés", "Appeal for refused claimants",
                    ResolutionTheme.REFUGEE_DETERMINATION),
            new Text("Prêts aux immigrants pour le transport", "Transportation loans for refugees",
                    ResolutionTheme.RESETTLEMENT),
            new Text("Jeunes réfugiés et études postsecondaires", "Refugee youth and post-secondary education",
                    ResolutionTheme.YOUTH, ResolutionTheme.SETTLEMENT_SERVICES),
            new Text("Certificats de sécurité et procès équitable", "Security certificates and fair trials",
                    ResolutionTheme.SECURITY_CERTIFICATES),
            new Text("Permis de séjour temporaire pour les familles", "Temporary resident permits for families",
                    ResolutionTheme.TEMPORARY_RESIDENTS, ResolutionTheme.FAMILY_REUNIFICATION),
            new Text("Politique anti-oppression du CCR", "CCR anti-oppression policy", ResolutionTheme.ANTI_OPPRESSION),
            new Text("Énoncé concernant les Peuples autochtones", "Statement on Indigenous Peoples",
                    ResolutionTheme.INDIGENOUS_PEOPLES, ResolutionTheme.ANTI_OPPRESSION),
            new Text("Détention dans les prisons provinciales", "Detention in provincial jails",
                    ResolutionTheme.DETENTION),
            new Text("Délais de traitement à l’étranger", "Overseas processing delays", ResolutionTheme.RESETTLEMENT),
            new Text("Aide juridique aux demandeurs d’asile", "Legal aid for refugee claimants",
                    ResolutionTheme.REFUGEE_DETERMINATION),
            new Text("Enfants non accompagnés à la frontière", "Unaccompanied children at the border",
                    ResolutionTheme.SEPARATED_CHILDREN),
            new Text("Santé mentale des nouveaux arrivants", "Newcomer mental health", ResolutionTheme.HEALTH,
                    ResolutionTheme.SETTLEMENT_SERVICES),
            new Text("Travailleuses domestiques et traite", "Domestic workers and trafficking",
                    ResolutionTheme.TRAFFICKING, ResolutionTheme.MIGRANT_WORKERS),
            new Text("Femmes réfugiées et violence fondée sur le genre", "Refugee women and gender-based violence",
                    ResolutionTheme.GENDER_AND_LGBTQ),
            new Text("Reconnaissance des titres de compétences", "Recognition of credentials",
                    ResolutionTheme.SETTLEMENT_SERVICES),
            new Text("Interdiction de territoire pour raisons médicales", "Medical inadmissibility",
                    ResolutionTheme.HEALTH, ResolutionTheme.FAMILY_REUNIFICATION),
            new Text("Sursis administratif aux renvois", "Administrative deferral of removals",
                    ResolutionTheme.REMOVALS),
            new Text("Voix des jeunes dans les politiques d’immigration", "Youth voices in immigration policy",
                    ResolutionTheme.YOUTH));

    public static Report generate(OfficeServices services, long seed) {
        GroupService groups = services.groups();
        GovernanceService governance = services.governance();
        if (!governance.resolutions().isEmpty()) {
            return new Report(0, 0, 0, 0, 0);
        }
        Random random = new Random(seed ^ 0x6A_0C_11L);
        LocalDate today = LocalDate.now(services.clock());
        List<Organization> members = services.membership().all().stream()
                .filter(organization -> organization.status() == MembershipStatus.ACTIVE)
                .sorted(Comparator.comparing(Organization::id)).toList();
        List<Event> consultations = services.events().all().stream()
                .filter(event -> event.kind() == EventKind.NATIONAL_CONSULTATION)
                .sorted(Comparator.comparing(Event::startsOn)).toList();
        List<Person> people = new ArrayList<>(DemoPeople.ALL);
        Collections.shuffle(people, random);
        int[] next = {0};
        Supplier<ContactDraft> nextPerson = () -> {
            Person person = people.get(next[0]++ % people.size());
            Organization organization = members.isEmpty() ? null : members.get(random.nextInt(members.size()));
            String domain = organization == null ? "ccr-demo" + DOMAIN : organization.email()
                    .substring(organization.email().indexOf('@') + 1);
            return new ContactDraft(person.fullName(), person.emailLocalPart() + "@" + domain, null,
                    organization == null ? Language.EN : organization.language(),
                    organization == null ? null : organization.id(), null);
        };

        String[] liaisons = {"Laurence Gagnon", "Priya Natarajan", "Gabrielle Roy-Mercier", "Jacob Whitehorse",
                "Soraya Benali"};
        int chairTerms = 0;
        int memberCount = 0;
        List<Group> all = groups.all();
        for (int index = 0; index < all.size(); index++) {
            Group group = all.get(index);
            groups.update(group.id(), new GroupDraft(group.kind(), group.nameFr(),
                    group.nameEn(), purposeFr(group), purposeEn(group), liaisons[index % liaisons.length]));
            List<ChairSeat> seats = group.kind() == GroupKind.COMMITTEE ? List.of(ChairSeat.CHAIR)
                    : List.of(ChairSeat.FIRST_CO_CHAIR, ChairSeat.SECOND_CO_CHAIR);
            for (ChairSeat seat : seats) {
                int offset = seat == ChairSeat.SECOND_CO_CHAIR ? 1 : 0;
                LocalDate previousStart = LocalDate.of(today.getYear() - 4 + offset, 6, 1);
                LocalDate currentStart = LocalDate.of(today.getYear() - 2 + offset, 6, 1);
                groups.addChairTerm(group.id(), seat, nextPerson.get(), previousStart, currentStart.minusDays(1));
                groups.addChairTerm(group.id(), seat, nextPerson.get(), currentStart,
                        currentStart.plusYears(2).minusDays(1).isBefore(today) ? null
                                : currentStart.plusYears(2).minusDays(1));
                chairTerms += 2;
            }
            int count = group.kind() == GroupKind.WORKING_GROUP ? 9 : 6;
            for (int m = 0; m < count; m++) {
                ContactDraft person = nextPerson.get();
                if (groups.members(group.id()).stream().noneMatch(known -> known.email() != null
                        && known.email().equalsIgnoreCase(person.email()))) {
                    groups.addMember(group.id(), person, LocalDate.of(today.getYear() - 1 - random.nextInt(4),
                            1 + random.nextInt(12), 1));
                    memberCount++;
                }
            }
        }

        int executiveTerms = executive(governance, consultations, nextPerson, today);
        int resolutions = resolutions(governance, all, consultations, today, random);
        int proposals = proposals(services, all, members, consultations, today, random);
        return new Report(chairTerms, memberCount, executiveTerms, resolutions, proposals);
    }

    private static String purposeFr(Group group) {
        return switch (group.kind()) {
            case WORKING_GROUP -> "Échanger de l’information, développer les réseaux et élaborer des prises de position ;"
                    + " préparer les résolutions et planifier les ateliers des consultations.";
            case YOUTH_NETWORK -> "Un réseau de jeunes dirigé par un noyau de jeunes à travers le pays ; organise "
                    + "chaque année le Rassemblement action jeunesse.";
            case COMMITTEE -> "Comité indépendant ; ses membres représentent des réseaux locaux de lutte contre la "
                    + "traite, des groupes de justice sociale et des fournisseurs de services.";
            case OTHER -> null;
        };
    }

    private static String purposeEn(Group group) {
        return switch (group.kind()) {
            case WORKING_GROUP -> "Share information, build networks and develop policy positions; prepare "
                    + "resolutions and plan the consultations’ workshops.";
            case YOUTH_NETWORK -> "A youth network led by a core group across the country; holds the Youth Action "
                    + "Gathering every year.";
            case COMMITTEE -> "An independent committee whose members represent local anti-trafficking networks, "
                    + "social justice groups and service providers.";
            case OTHER -> null;
        };
    }

    private static int executive(GovernanceService governance, List<Event> consultations,
                                 Supplier<ContactDraft> nextPerson, LocalDate today) {
        Optional<Event> lastFall = consultations.stream().filter(event -> event.startsOn().getMonthValue() >= 9
                && event.startsOn().isBefore(today)).reduce((first, second) -> second);
        LocalDate elected = lastFall.map(Event::endsOn).orElse(LocalDate.of(today.getYear() - 1, 11, 28));
        Long electedAt = lastFall.map(Event::id).orElse(null);
        Optional<Event> earlier = consultations.stream().filter(event -> event.endsOn().isBefore(elected.minusYears(1))
                && event.startsOn().getMonthValue() >= 9).reduce((first, second) -> second);
        LocalDate previous = elected.minusYears(2);
        int terms = 0;
        for (ExecutivePosition position : List.of(ExecutivePosition.PRESIDENT, ExecutivePosition.TREASURER)) {
            governance.addExecutiveTerm(new ExecutiveTermDraft(position, nextPerson.get(),
                    earlier.map(Event::id).orElse(null), previous, elected.minusDays(1)));
            terms++;
        }
        List<ExecutivePosition> committee = List.of(ExecutivePosition.PRESIDENT, ExecutivePosition.VICE_PRESIDENT,
                ExecutivePosition.VICE_PRESIDENT, ExecutivePosition.TREASURER, ExecutivePosition.SECRETARY,
                ExecutivePosition.MEMBER_AT_LARGE, ExecutivePosition.MEMBER_AT_LARGE, ExecutivePosition.MEMBER_AT_LARGE);
        for (ExecutivePosition position : committee) {
            governance.addExecutiveTerm(new ExecutiveTermDraft(position, nextPerson.get(), electedAt, elected,
                    elected.plusYears(2).minusDays(1)));
            terms++;
        }
        return terms;
    }

    private static int resolutions(GovernanceService governance, List<Group> groups, List<Event> consultations,
                                   LocalDate today, Random random) {
        int firstYear = today.getYear() - 7;
        List<Resolution> made = new ArrayList<>();
        for (int index = 0; index < TITLES.size(); index++) {
            Text title = TITLES.get(index);
            int year = firstYear + index * 8 / TITLES.size();
            boolean current = year == today.getYear();
            ResolutionStatus status = current ? (index % 4 == 1 ? ResolutionStatus.REJECTED
                    : index % 4 == 2 ? ResolutionStatus.WITHDRAWN : ResolutionStatus.PROPOSED)
                    : year < firstYear + 2 && index % 3 == 0 ? ResolutionStatus.ARCHIVED
                    : index % 7 == 3 ? ResolutionStatus.AMENDED : ResolutionStatus.ADOPTED;
            boolean earlyInYear = index % 2 == 0;
            Optional<Event> adoptedAt = current ? Optional.empty() : consultations.stream()
                    .filter(event -> event.startsOn().getYear() == year && event.startsOn().isBefore(today))
                    .reduce((first, second) -> earlyInYear ? first : second);
            Group sponsor = groups.get(index % 3);
            List<Long> related = new ArrayList<>();
            for (Resolution earlier : made) {
                if (!Collections.disjoint(earlier.themes(), Set.of(title.themes())) && related.size() < 2
                        && random.nextInt(3) > 0) {
                    related.add(earlier.id());
                }
            }
            made.add(governance.createResolution(new ResolutionDraft(year, null, title.fr(), title.en(),
                    textFr(title, sponsor), textEn(title, sponsor), sponsor.id(), null,
                    adoptedAt.map(Event::id).orElse(null), status, EnumSet.copyOf(Set.of(title.themes())), related)));
        }
        return made.size();
    }

    private static String textFr(Text title, Group sponsor) {
        String subject = Character.toLowerCase(title.fr().charAt(0)) + title.fr().substring(1);
        return "ATTENDU QUE les membres du CCR, réunis au groupe de travail « " + sponsor.nameFr() + " », ont constaté "
                + "les effets de la situation actuelle concernant : " + subject + " ;\n"
                + "ATTENDU QUE les réfugiés et les nouveaux arrivants en subissent les conséquences au quotidien ;\n"
                + "IL EST RÉSOLU que le CCR demande au gouvernement du Canada de revoir sa politique en matière de "
                + subject + " dans le respect des droits des personnes réfugiées ;\n"
                + "IL EST DE PLUS RÉSOLU que le CCR informe ses membres des suites données à cette résolution.";
    }

    private static String textEn(Text title, Group sponsor) {
        String subject = Character.toLowerCase(title.en().charAt(0)) + title.en().substring(1);
        return "WHEREAS CCR members meeting in the " + sponsor.nameEn() + " working group have seen the effects of "
                + "the current situation regarding " + subject + ";\n"
                + "WHEREAS refugees and newcomers live with its consequences every day;\n"
                + "BE IT RESOLVED that the CCR call on the Government of Canada to review its policy on " + subject
                + " with respect for the rights of refugees;\n"
                + "BE IT FURTHER RESOLVED that the CCR inform its members of the follow-up to this resolution.";
    }

    private static int proposals(OfficeServices services, List<Group> groups, List<Organization> members,
                                 List<Event> consultations, LocalDate today, Random random) {
        if (members.isEmpty()) {
            return 0;
        }
        // The next consultation, else the latest: proposals are made at the working group meetings before it.
        Optional<Event> next = consultations.stream().filter(event -> event.startsOn().isAfter(today)).findFirst();
        Optional<Event> chosen = next.isPresent() ? next : consultations.stream().reduce((first, second) -> second);
        if (chosen.isEmpty()) {
            return 0;
        }
        Event coming = chosen.get();
        String[][] workshops = {
                {"Les demandeurs d’asile et le logement", "Refugee claimants and housing"},
                {"Parrainage privé : accueillir les familles nombreuses", "Private sponsorship: welcoming large families"},
                {"Réunification familiale : stratégies d’intervention", "Family reunification: advocacy strategies"},
                {"Jeunes nouveaux arrivants et emploi", "Newcomer youth and employment"},
                {"Repérer la traite dans le travail agricole", "Recognizing trafficking in farm work"},
                {"Santé mentale des enfants réfugiés", "Mental health of refugee children"},
                {"Détention de l’immigration : surveiller les conditions", "Immigration detention: monitoring conditions"}};
        GroupService groupService = services.groups();
        LocalDate meetings = LocalDate.of(coming.startsOn().getYear(), coming.startsOn().getMonthValue() >= 9 ? 7 : 2,
                coming.startsOn().getMonthValue() >= 9 ? 9 : 12);
        LocalDate proposedOn = meetings.isAfter(today) ? today : meetings;
        int count = 0;
        for (int index = 0; index < workshops.length; index++) {
            Organization organizer = members.get(random.nextInt(members.size()));
            WorkshopProposal proposal = groupService.propose(new WorkshopProposalDraft(coming.id(),
                    groups.get(index % 3).id(), organizer.id(), workshops[index][0], workshops[index][1],
                    "Proposé par " + organizer.name() + " à la rencontre du groupe de travail.", proposedOn));
            count++;
            switch (index) {
                case 0, 1 -> groupService.accept(proposal.id(), new WorkshopSlot(coming.startsOn().plusDays(1),
                        LocalTime.of(index == 0 ? 13 : 15, 30), LocalTime.of(index == 0 ? 15 : 17, 0),
                        "Salle " + (char) ('C' + index), 60), "Retenu par le groupe de travail");
                case 2 -> groupService.decline(proposal.id(), "Sujet déjà traité à la consultation précédente");
                case 3 -> groupService.withdraw(proposal.id(), "L’organisme ne peut plus animer l’atelier");
                default -> {
                }
            }
        }
        return count;
    }
}
