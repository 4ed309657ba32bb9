package ca.ccrweb.office.desktop.groups;

import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.governance.ExecutivePosition;
import ca.ccrweb.office.core.governance.ExecutiveTermDraft;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.ViewModelTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GroupsViewModelTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private GroupsViewModel page;

    @BeforeEach
    void open() {
        testing = new ViewModelTesting(folder);
        page = new GroupsViewModel(testing.office, testing.executor, testing.feedback, testing.localizer, true);
    }

    @AfterEach
    void close() throws Exception {
        testing.close();
    }

    @Test
    void theCommitteeShowsWhoServesTodayAndEveryoneOnRequest() {
        LocalDate today = LocalDate.now(testing.office.clock());
        testing.office.governance().addExecutiveTerm(new ExecutiveTermDraft(ExecutivePosition.PRESIDENT,
                new ContactDraft("Loly Rico", "loly@example.org", null, Language.EN, null, null), null,
                today.minusYears(3), today.minusYears(1)));
        testing.office.governance().addExecutiveTerm(new ExecutiveTermDraft(ExecutivePosition.PRESIDENT,
                new ContactDraft("Abdi Hassan", "abdi@example.org", null, Language.EN, null, null), null,
                today.minusYears(1).plusDays(1), null));

        page.load();

        assertThat(page.executive().terms()).hasSize(2);
        assertThat(page.executive().shown()).extracting(term -> term.fullName()).containsExactly("Abdi Hassan");
        page.executive().servingOnlyProperty().set(false);
        assertThat(page.executive().shown()).hasSize(2);
    }

    @Test
    void aSecondChairForTheSameSeatAndTimeIsRefusedWithTheHolderNamed() {
        page.load();
        page.groupList().selectedProperty().set(page.groupList().rows().get(1));
        page.groupList().startForm();
        page.groupList().seatProperty().set(ca.ccrweb.office.core.groups.ChairSeat.CHAIR);
        page.groupList().fullNameProperty().set("Loly Rico");
        page.groupList().saveChairTerm(() -> { });
        page.groupList().startForm();
        page.groupList().seatProperty().set(ca.ccrweb.office.core.groups.ChairSeat.CHAIR);
        page.groupList().fullNameProperty().set("Abdi Hassan");
        boolean[] closed = {false};
        page.groupList().saveChairTerm(() -> closed[0] = true);

        assertThat(closed[0]).isFalse();
        assertThat(testing.feedback.errors()).singleElement().asString().contains("Loly Rico");
        assertThat(page.groupList().terms()).extracting(term -> term.fullName()).containsExactly("Loly Rico");
        assertThat(page.groupList().rows().get(1).chairsToday()).hasSize(1);
    }

    @Test
    void theOfficeAddsAGroupButNeverAFourthWorkingGroup() {
        page.load();
        page.groupList().startGroupForm(false);
        page.groupList().kindProperty().set(ca.ccrweb.office.core.groups.GroupKind.WORKING_GROUP);
        page.groupList().nameFrProperty().set("Quatrième groupe");
        page.groupList().nameEnProperty().set("Fourth group");
        page.groupList().saveGroup(() -> { });
        assertThat(testing.feedback.errors()).singleElement().asString().contains("group.error.workingGroupsFixed");

        page.groupList().kindProperty().set(ca.ccrweb.office.core.groups.GroupKind.OTHER);
        page.groupList().nameFrProperty().set("Caucus des femmes réfugiées");
        page.groupList().nameEnProperty().set("Refugee Women’s Caucus");
        page.groupList().staffLiaisonProperty().set("Laurence Gagnon");
        page.groupList().saveGroup(() -> { });

        assertThat(page.groups()).hasSize(6);
        assertThat(page.groupList().rows()).last().satisfies(row -> {
            assertThat(row.group().nameEn()).isEqualTo("Refugee Women’s Caucus");
            assertThat(row.group().staffLiaison()).isEqualTo("Laurence Gagnon");
        });
        assertThat(testing.feedback.notifications()).contains("Group “Refugee Women’s Caucus” added");
    }

    @Test
    void theResolutionFormPicksTheSponsoringMemberTheConsultationAndRelatedResolutionsAndKeepsThemOnCorrection() {
        ca.ccrweb.office.core.membership.Organization member = testing.member("Table de concertation de Montréal",
                "tcri@example.org", "Montréal", ca.ccrweb.office.core.membership.Province.QC);
        ca.ccrweb.office.core.events.Event fall = testing.office.events().create(
                new ca.ccrweb.office.core.events.EventDraft(ca.ccrweb.office.core.events.EventKind.NATIONAL_CONSULTATION,
                        "Consultation d’automne 2027", "Fall Consultation 2027", LocalDate.of(2027, 11, 25),
                        LocalDate.of(2027, 11, 27), "Winnipeg", null, null, null, null,
                        ca.ccrweb.office.core.events.EventStatus.PLANNED));
        page.load();
        ResolutionsViewModel form = page.resolutions();
        form.startNew();
        form.titleFrProperty().set("Détention des enfants");
        form.titleEnProperty().set("Detention of children");
        form.save(() -> { });
        long earlier = testing.office.governance().resolutions().getFirst().id();

        form.startNew();
        form.titleFrProperty().set("Détention des enfants, suite");
        form.titleEnProperty().set("Detention of children, continued");
        form.sponsorProperty().set(page.groups().getFirst());
        form.sponsorOrganizationProperty().set(page.memberOrganizations().getFirst());
        form.adoptedAtProperty().set(form.consultations().getFirst());
        form.related().add(earlier);
        form.save(() -> { });

        assertThat(testing.feedback.errors()).isEmpty();
        assertThat(form.sponsorProperty().get()).as("one sponsor: the member replaced the group").isNull();
        ca.ccrweb.office.core.governance.Resolution saved = testing.office.governance().resolutions().stream()
                .filter(r -> r.id() != earlier).findFirst().orElseThrow();
        assertThat(saved.sponsorOrganizationId()).isEqualTo(member.id());
        assertThat(saved.sponsorGroupId()).isNull();
        assertThat(saved.adoptedAtEventId()).isEqualTo(fall.id());
        assertThat(saved.relatedIds()).containsExactly(earlier);

        form.selectedProperty().set(saved);
        assertThat(form.editSelected()).isTrue();
        assertThat(form.relatable()).extracting(r -> r.id()).containsExactly(earlier);
        assertThat(form.sponsorOrganizationProperty().get()).isEqualTo(member);
        assertThat(form.adoptedAtProperty().get()).isEqualTo(fall);
        form.related().clear();
        form.save(() -> { });

        ca.ccrweb.office.core.governance.Resolution corrected = testing.office.governance().resolution(saved.id())
                .orElseThrow();
        assertThat(corrected.relatedIds()).isEmpty();
        assertThat(corrected.sponsorOrganizationId()).isEqualTo(member.id());
        assertThat(corrected.adoptedAtEventId()).isEqualTo(fall.id());
    }

    @Test
    void anUndecidedProposalIsCorrectedFromItsFormAndADecidedOneCannotBe() {
        ca.ccrweb.office.core.membership.Organization member = testing.member("Centre multiethnique de Québec",
                "cmq@example.org", "Québec", ca.ccrweb.office.core.membership.Province.QC);
        ca.ccrweb.office.core.events.Event fall = testing.office.events().create(
                new ca.ccrweb.office.core.events.EventDraft(ca.ccrweb.office.core.events.EventKind.NATIONAL_CONSULTATION,
                        "Consultation d’automne 2027", "Fall Consultation 2027", LocalDate.of(2027, 11, 25),
                        LocalDate.of(2027, 11, 27), "Winnipeg", null, null, null, null,
                        ca.ccrweb.office.core.events.EventStatus.PLANNED));
        long inland = testing.office.groups().byCode("INLAND_PROTECTION").orElseThrow().id();
        ca.ccrweb.office.core.groups.WorkshopProposal proposed = testing.office.groups().propose(
                new ca.ccrweb.office.core.groups.WorkshopProposalDraft(fall.id(), inland, member.id(),
                        "Détention", "Detention", "Un atelier", LocalDate.of(2027, 4, 2)));
        page.load();
        ProposalsViewModel proposals = page.proposals();
        proposals.selectedProperty().set(proposals.proposals().getFirst());

        assertThat(proposals.startEdit()).isTrue();
        assertThat(proposals.titleFrProperty().get()).isEqualTo("Détention");
        assertThat(proposals.organizerProperty().get()).isEqualTo(member);
        proposals.titleFrProperty().set("Détention des personnes migrantes");
        proposals.titleEnProperty().set("");
        proposals.saveNew(() -> { });
        assertThat(proposals.errors().text("titleEn").get()).isNotEmpty();

        proposals.titleEnProperty().set("Immigration detention");
        boolean[] closed = {false};
        proposals.saveNew(() -> closed[0] = true);

        assertThat(closed[0]).isTrue();
        ca.ccrweb.office.core.groups.WorkshopProposal corrected = testing.office.groups().proposal(proposed.id())
                .orElseThrow();
        assertThat(corrected.titleFr()).isEqualTo("Détention des personnes migrantes");
        assertThat(corrected.titleEn()).isEqualTo("Immigration detention");
        assertThat(corrected.proposedOn()).isEqualTo(LocalDate.of(2027, 4, 2));
        assertThat(testing.office.groups().proposals(null)).hasSize(1);
        assertThat(testing.feedback.notifications()).last().asString().contains("corrected");

        proposals.selectedProperty().set(corrected);
        proposals.decline("Déjà au programme");
        proposals.selectedProperty().set(testing.office.groups().proposal(proposed.id()).orElseThrow());
        assertThat(proposals.startEdit()).isFalse();
    }
}
