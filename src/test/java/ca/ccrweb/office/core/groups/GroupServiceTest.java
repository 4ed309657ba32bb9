package ca.ccrweb.office.core.groups;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.Session;
import ca.ccrweb.office.core.events.SessionDraft;
import ca.ccrweb.office.core.events.SessionKind;
import ca.ccrweb.office.core.events.WorkingGroup;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Province;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class GroupServiceTest {
    @TempDir
    Path folder;

    private OfficeServices office;

    private void open(Engine engine) {
        office = TestOffices.open(engine, folder);
    }

    private Group inland() {
        return office.groups().byCode(WorkingGroup.INLAND_PROTECTION.name()).orElseThrow();
    }

    private static ContactDraft person(String name, String email) {
        return new ContactDraft(name, email, null, Language.FR, null, "Table de concertation");
    }

    private long member(String name, String email) {
        return office.membership().approve(office.membership().apply(TestOffices.draft(name, email, Province.QC)).id(),
                null).organization().id();
    }

    private Event consultation() {
        return office.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION, "Consultation d’automne 2027",
                "Fall Consultation 2027", LocalDate.of(2027, 11, 25), LocalDate.of(2027, 11, 27), "Winnipeg", null,
                null, null, null, EventStatus.PLANNED));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theCouncilsGroupsAreThereFromTheStartAndProgrammeSessionsFindTheirWorkingGroupByCode(Engine engine) {
        open(engine);
        assertThat(office.groups().all()).extracting(Group::nameFr).containsExactly("Immigration et établissement",
                "Protection au Canada", "Protection outremer et parrainage", "Réseau des jeunes", "Comité anti-traite");
        Event fall = consultation();
        Session meeting = office.events().addSession(fall.id(), new SessionDraft(SessionKind.WORKING_GROUP_MEETING,
                "Protection au Canada", "Inland Protection", WorkingGroup.INLAND_PROTECTION, null,
                LocalDate.of(2027, 11, 25), LocalTime.of(9, 0), LocalTime.of(12, 0), "Salle A", null));

        assertThat(office.groups().byCode(meeting.workingGroup().name())).contains(inland());
        assertThat(inland().workingGroup()).contains(WorkingGroup.INLAND_PROTECTION);
        assertThat(office.groups().meetings(inland().id())).singleElement()
                .satisfies(found -> assertThat(found.sessionId()).isEqualTo(meeting.id()));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void twoTermsOfOneSeatCannotOverlapButFollowOneAnother(Engine engine) {
        open(engine);
        long group = inland().id();
        ChairTerm first = office.groups().addChairTerm(group, ChairSeat.FIRST_CO_CHAIR,
                person("Loly Rico", "loly@example.org"), LocalDate.of(2024, 6, 1), LocalDate.of(2026, 5, 31));

        OfficeException overlap = catchThrowableOfType(OfficeException.class, () -> office.groups().addChairTerm(group,
                ChairSeat.FIRST_CO_CHAIR, person("Abdi Hassan", "abdi@example.org"), LocalDate.of(2026, 5, 31), null));
        assertThat(overlap.key()).isEqualTo("term.error.overlap");
        assertThat(overlap.localizedMessage(Messages.of(Language.FR))).startsWith("Coprésidence (1)\u00A0: Loly Rico")
                .contains("2024-06-01").contains("2026-05-31");
        assertThat(overlap.localizedMessage(Messages.of(Language.EN))).contains("cannot overlap");

        ChairTerm next = office.groups().addChairTerm(group, ChairSeat.FIRST_CO_CHAIR,
                person("Abdi Hassan", "abdi@example.org"), LocalDate.of(2026, 6, 1), null);
        office.groups().addChairTerm(group, ChairSeat.SECOND_CO_CHAIR, person("Marie Tremblay", "marie@example.org"),
                LocalDate.of(2025, 1, 1), null);
        OfficeException openEnded = catchThrowableOfType(OfficeException.class, () -> office.groups().addChairTerm(
                group, ChairSeat.FIRST_CO_CHAIR, person("Jean Roy", "jean@example.org"), LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 12, 31)));
        assertThat(openEnded.key()).isEqualTo("term.error.overlapOpen");
        OfficeException lengthened = catchThrowableOfType(OfficeException.class,
                () -> office.groups().endChairTerm(first.id(), LocalDate.of(2026, 6, 1)));
        assertThat(lengthened.key()).isEqualTo("term.error.overlapOpen");

        assertThat(office.groups().chairsOn(group, LocalDate.of(2026, 12, 1))).extracting(ChairTerm::fullName)
                .containsExactlyInAnyOrder("Abdi Hassan", "Marie Tremblay");
        assertThat(office.groups().chairsOn(group, LocalDate.of(2026, 5, 31))).extracting(ChairTerm::fullName)
                .containsExactlyInAnyOrder("Loly Rico", "Marie Tremblay");
        assertThat(office.groups().endChairTerm(next.id(), LocalDate.of(2028, 5, 31)).endsOn())
                .isEqualTo(LocalDate.of(2028, 5, 31));
        assertThat(office.groups().chairTerms(group)).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void membersComeFromTheirOrganizationAndLeaveAndComeBack(Engine engine) {
        open(engine);
        long organization = member("Centre d’accueil de Laval", "accueil@laval.example");
        long group = office.groups().all().get(4).id();
        GroupMember added = office.groups().addMember(group, new ContactDraft("Tigist Bekele", "tigist@example.org",
                null, Language.EN, organization, null), LocalDate.of(2025, 2, 1));
        assertThat(added.organizationName()).isEqualTo("Centre d’accueil de Laval");

        OfficeException twice = catchThrowableOfType(OfficeException.class, () -> office.groups().addMember(group,
                new ContactDraft("Tigist Bekele", "TIGIST@example.org", null, Language.EN, null, null),
                LocalDate.of(2025, 3, 1)));
        assertThat(twice.key()).isEqualTo("group.error.alreadyMember");

        office.groups().endMembership(added.id(), LocalDate.of(2026, 1, 31));
        assertThat(office.groups().members(group)).singleElement()
                .satisfies(gone -> assertThat(gone.isCurrent(LocalDate.of(2026, 6, 1))).isFalse());
        GroupMember back = office.groups().addMember(group, new ContactDraft("Tigist Bekele", "tigist@example.org",
                null, Language.EN, null, null), LocalDate.of(2026, 9, 1));
        assertThat(back.id()).isEqualTo(added.id());
        assertThat(back.untilOn()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anAcceptedProposalBecomesAWorkshopOfTheConsultationsProgrammeInOneStep(Engine engine) {
        open(engine);
        Event fall = consultation();
        long organizer = member("Accueil liaison pour arrivants", "ala@example.org");
        WorkshopProposal proposal = office.groups().propose(new WorkshopProposalDraft(fall.id(), inland().id(),
                organizer, "Les demandeurs d’asile et le logement", "Refugee claimants and housing",
                "Un panel de trois organismes membres.", LocalDate.of(2027, 7, 9)));
        assertThat(proposal.status()).isEqualTo(ProposalStatus.PROPOSED);
        assertThat(office.events().sessions(fall.id())).isEmpty();

        WorkshopProposal accepted = office.groups().accept(proposal.id(), new WorkshopSlot(LocalDate.of(2027, 11, 26),
                LocalTime.of(13, 30), LocalTime.of(15, 0), "Salle Assiniboine", 60), "Retenu par le groupe");

        assertThat(accepted.status()).isEqualTo(ProposalStatus.ACCEPTED);
        List<Session> programme = office.events().sessions(fall.id());
        assertThat(programme).singleElement().satisfies(session -> {
            assertThat(session.id()).isEqualTo(accepted.sessionId());
            assertThat(session.kind()).isEqualTo(SessionKind.WORKSHOP);
            assertThat(session.titleEn()).isEqualTo("Refugee claimants and housing");
            assertThat(session.organizerOrganizationId()).isEqualTo(organizer);
            assertThat(session.room()).isEqualTo("Salle Assiniboine");
            assertThat(session.capacity()).isEqualTo(60);
        });
        OfficeException again = catchThrowableOfType(OfficeException.class, () -> office.groups().accept(
                proposal.id(), new WorkshopSlot(LocalDate.of(2027, 11, 27), LocalTime.of(9, 0), LocalTime.of(10, 0),
                        null, null), null));
        assertThat(again.key()).isEqualTo("proposal.error.decidedAlready");
        assertThat(office.events().sessions(fall.id())).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSlotTheProgrammeRefusesLeavesTheProposalUndecidedAndTheProgrammeAsItWas(Engine engine) {
        open(engine);
        Event fall = consultation();
        long organizer = member("Accueil liaison pour arrivants", "ala@example.org");
        WorkshopProposal proposal = office.groups().propose(new WorkshopProposalDraft(fall.id(), inland().id(),
                organizer, "Atelier", "Workshop", null, null));

        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> office.groups().accept(
                proposal.id(), new WorkshopSlot(LocalDate.of(2027, 12, 1), LocalTime.of(13, 30), LocalTime.of(13, 0),
                        null, null), null));

        assertThat(refused.errorFor("day")).isPresent();
        assertThat(refused.errorFor("endsAt")).isPresent();
        assertThat(office.groups().proposal(proposal.id()).orElseThrow().status()).isEqualTo(ProposalStatus.PROPOSED);
        assertThat(office.events().sessions(fall.id())).isEmpty();
        WorkshopProposal declined = office.groups().decline(proposal.id(), "Déjà traité au printemps");
        assertThat(declined.status()).isEqualTo(ProposalStatus.DECLINED);
        assertThat(declined.decisionNote()).isEqualTo("Déjà traité au printemps");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void proposalsAreForANationalConsultationAndANewGroupIsNeverAFourthWorkingGroup(Engine engine) {
        open(engine);
        Event webinar = office.events().create(new EventDraft(EventKind.WEBINAR, "Webinaire", "Webinar",
                LocalDate.of(2027, 2, 3), LocalDate.of(2027, 2, 3), null, null, null, null, null, EventStatus.PLANNED));
        ValidationException notConsultation = catchThrowableOfType(ValidationException.class, () -> office.groups()
                .propose(new WorkshopProposalDraft(webinar.id(), inland().id(), null, " ", "Workshop", null, null)));
        assertThat(notConsultation.errorFor("event")).isPresent();
        assertThat(notConsultation.errorFor("organizer")).isPresent();
        assertThat(notConsultation.errorFor("titleFr")).isPresent();

        OfficeException fourth = catchThrowableOfType(OfficeException.class, () -> office.groups().create(
                new GroupDraft(GroupKind.WORKING_GROUP, "Quatrième", "Fourth", null, null, null)));
        assertThat(fourth.key()).isEqualTo("group.error.workingGroupsFixed");
        Group caucus = office.groups().create(new GroupDraft(GroupKind.OTHER, "Caucus des femmes réfugiées",
                "Refugee Women’s Caucus", null, null, "Colleen French"));
        assertThat(caucus.code()).isEqualTo("REFUGEE_WOMENS_CAUCUS");
        assertThat(office.groups().all()).hasSize(6).last().isEqualTo(caucus);
    }
}
