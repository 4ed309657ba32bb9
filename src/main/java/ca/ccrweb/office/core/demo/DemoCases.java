package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.cases.CaseDraft;
import ca.ccrweb.office.core.cases.CaseFile;
import ca.ccrweb.office.core.cases.CaseKind;
import ca.ccrweb.office.core.cases.CaseOutcome;
import ca.ccrweb.office.core.cases.CaseService;
import ca.ccrweb.office.core.cases.PersonDraft;
import ca.ccrweb.office.core.cases.PersonRole;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.security.Role;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * A few fictional case interventions, one of each kind, made through the case service by a demo caseworker (the
 * command line is an administrator, who does not handle cases). The demo's case passphrase is {@link #PASSPHRASE}
 * and is printed with the summary; an office that already chose its own passphrase gets no demo cases.
 */
public final class DemoCases {
    public static final String PASSPHRASE = "demo dossiers CCR";
    public static final String CASEWORKER = "demo.caseworker";

    private DemoCases() {
    }

    public static int generate(OfficeServices services) {
        Actor caseworker = new Actor() {
            @Override
            public String name() {
                return CASEWORKER;
            }

            @Override
            public Role role() {
                return Role.CASEWORKER;
            }
        };
        CaseService cases = new OfficeServices(services.database(), services.clock(), caseworker).cases();
        if (!cases.keySetUp()) {
            cases.setUpKey(PASSPHRASE.toCharArray());
        } else {
            try {
                cases.unlock(PASSPHRASE.toCharArray());
            } catch (OfficeException theOfficesOwn) {
                return 0;
            }
        }
        if (!cases.list().isEmpty()) {
            return 0;
        }
        List<Organization> members = services.membership().all().stream()
                .filter(organization -> organization.status() == MembershipStatus.ACTIVE).toList();
        if (members.isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(services.clock());
        int made = 0;

        CaseFile reunification = cases.create(new CaseDraft(CaseKind.FAMILY_REUNIFICATION, members.get(0).id(),
                "Marie-Ève Tremblay", "intervention@example.org", "demo.caseworker", today.minusMonths(7),
                today.minusMonths(6), null, null, "IRCC — Direction générale du règlement des cas", "F000123456", null));
        cases.addPerson(reunification.id(), new PersonDraft("Awet Tesfay", PersonRole.SPONSOR, "Érythrée", null));
        cases.addPerson(reunification.id(), new PersonDraft("Selam Tesfay", PersonRole.CHILD, "Éthiopie",
                today.minusYears(9).withDayOfYear(40)));
        cases.addStep(reunification.id(), today.minusMonths(7), "L’organisme membre signale que l’enfant a été exclu "
                + "de la demande de parrainage au titre de l’alinéa 117(9)d) (non déclaré lors de l’arrivée du père).");
        cases.addStep(reunification.id(), today.minusMonths(6), "Dossier soumis à la Direction générale du règlement "
                + "des cas avec une demande de considérations d’ordre humanitaire pour l’intérêt supérieur de l’enfant.");
        cases.attach(reunification.id(), "lettre-organisme.txt", ("Lettre de l’organisme membre (fictive) au sujet "
                + "de la famille Tesfay.").getBytes(StandardCharsets.UTF_8));
        made++;

        CaseFile separated = cases.create(new CaseDraft(CaseKind.SEPARATED_CHILD, members.get(1 % members.size()).id(),
                "Daniel Okafor", "youth@example.org", "demo.caseworker", today.minusMonths(3), today.minusMonths(3),
                today.minusMonths(1), null, "IRCC — Direction générale du règlement des cas", "SC-2026-0042", null));
        cases.addPerson(separated.id(), new PersonDraft("Hamid R.", PersonRole.CHILD, "Afghanistan",
                today.minusYears(15).withDayOfYear(120)));
        cases.addStep(separated.id(), today.minusMonths(3), "Mineur non accompagné hébergé par un organisme membre ; "
                + "demande d’intervention urgente auprès de la DGRC.");
        cases.addStep(separated.id(), today.minusMonths(1), "Réponse de la DGRC : dossier transféré au bureau local "
                + "pour une entrevue.");
        made++;

        CaseFile removal = cases.create(new CaseDraft(CaseKind.REMOVAL, members.get(2 % members.size()).id(),
                "Sophie Nguyen", null, "demo.caseworker", today.minusYears(8).minusMonths(2),
                today.minusYears(8).minusMonths(2), today.minusYears(8).minusMonths(1), today.minusYears(8),
                "ASFC — personne-ressource", "R-88812", CaseOutcome.FAVOURABLE));
        cases.addPerson(removal.id(), new PersonDraft("Nguyễn Văn An", PersonRole.APPLICANT, "Viêt Nam", null));
        cases.addStep(removal.id(), today.minusYears(8).minusMonths(2), "Renvoi prévu avant la décision sur la "
                + "demande humanitaire ; état de santé grave documenté.");
        cases.addStep(removal.id(), today.minusYears(8).minusMonths(1), "L’ASFC reporte le renvoi en attendant la "
                + "décision.");
        made++;

        CaseFile urgent = cases.create(new CaseDraft(CaseKind.URGENT, members.get(3 % members.size()).id(),
                "Jean-François Roy", "jf.roy@example.org", "demo.caseworker", today.minusDays(5), today.minusDays(4),
                null, null, "ASFC — point d’entrée terrestre", null, null));
        cases.addPerson(urgent.id(), new PersonDraft("محمد عبد الله", PersonRole.APPLICANT, "Soudan", null));
        cases.addStep(urgent.id(), today.minusDays(5), "Personne refoulée à la frontière sans avoir pu présenter sa "
                + "demande d’asile ; l’organisme membre demande une intervention le jour même.");
        made++;

        CaseFile other = cases.create(new CaseDraft(CaseKind.OTHER, members.get(4 % members.size()).id(),
                null, null, "demo.caseworker", today.minusYears(2), null, null, today.minusYears(1).minusMonths(6),
                null, null, CaseOutcome.WITHDRAWN));
        cases.addStep(other.id(), today.minusYears(2), "Question sur un délai de traitement ; retirée par l’organisme.");
        made++;
        return made;
    }
}
