package ca.ccrweb.office.desktop.groups;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.Session;
import ca.ccrweb.office.core.events.SessionKind;
import ca.ccrweb.office.core.events.WorkingGroup;
import ca.ccrweb.office.core.governance.Resolution;
import ca.ccrweb.office.core.governance.ResolutionDraft;
import ca.ccrweb.office.core.governance.ResolutionStatus;
import ca.ccrweb.office.core.governance.ResolutionTheme;
import ca.ccrweb.office.core.groups.ProposalStatus;
import ca.ccrweb.office.core.groups.WorkshopProposal;
import ca.ccrweb.office.core.groups.WorkshopProposalDraft;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.SampleOffice;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static ca.ccrweb.office.desktop.FxTesting.clickCell;
import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Groups section on screen: searching the register, and a proposal accepted into a programme. */
@ExtendWith(ApplicationExtension.class)
class GroupsScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private Event spring;
    private WorkshopProposal proposal;

    @Start
    void start(Stage stage) {
        office = FxTesting.openOffice(folder);
        long inland = office.groups().byCode(WorkingGroup.INLAND_PROTECTION.name()).orElseThrow().id();
        long overseas = office.groups().byCode(WorkingGroup.OVERSEAS_PROTECTION_AND_SPONSORSHIP.name())
                .orElseThrow().id();
        resolution(2023, "Détention des enfants migrants", "Detention of migrant children", inland,
                ResolutionTheme.DETENTION, ResolutionTheme.SEPARATED_CHILDREN);
        resolution(2024, "Réunification familiale et enfants séparés", "Family reunification and separated children",
                overseas, ResolutionTheme.FAMILY_REUNIFICATION, ResolutionTheme.SEPARATED_CHILDREN);
        resolution(2024, "Détention dans les prisons provinciales", "Detention in provincial jails", inland,
                ResolutionTheme.DETENTION);
        resolution(2025, "Plafonds du parrainage privé", "Caps on private sponsorship", overseas,
                ResolutionTheme.PRIVATE_SPONSORSHIP);
        long organizer = office.membership().approve(office.membership().apply(SampleOffice.draft(
                "Accueil liaison pour arrivants", null, "ala@example.org", "Ottawa", Province.ON,
                Language.FR)).id(), null)
                .organization().id();
        spring = office.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION,
                "Consultation du printemps 2027", "Spring Consultation 2027", LocalDate.of(2027, 5, 27),
                LocalDate.of(2027, 5, 29), "Halifax", null, null, null, null, EventStatus.PLANNED));
        proposal = office.groups().propose(new WorkshopProposalDraft(spring.id(), inland, organizer,
                "Les demandeurs d’asile et le logement", "Refugee claimants and housing",
                "Un panel de trois organismes membres.", LocalDate.of(2027, 2, 12)));
        office.governance().addExecutiveTerm(new ca.ccrweb.office.core.governance.ExecutiveTermDraft(
                ca.ccrweb.office.core.governance.ExecutivePosition.TREASURER, new ca.ccrweb.office.core.contacts
                .ContactDraft("Nguyễn Thị Lan", "lan@example.org", null, Language.EN, organizer, null), spring.id(),
                LocalDate.now(FxTesting.CLOCK).minusMonths(6), LocalDate.now(FxTesting.CLOCK).plusYears(1)));
        executor = new FxTaskExecutor();
        FxTesting.show(stage, office, executor);
    }

    private void resolution(int year, String titleFr, String titleEn, long sponsor, ResolutionTheme... themes) {
        office.governance().createResolution(new ResolutionDraft(year, null, titleFr, titleEn,
                "IL EST RÉSOLU que le CCR agisse.", "BE IT RESOLVED that the CCR act.", sponsor, null, null,
                ResolutionStatus.ADOPTED, Set.of(themes), List.of()));
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    @Test
    void theRegisterIsSearchedByWordsWithoutAccentsAndFilteredByTheme(FxRobot robot) {
        robot.clickOn("#nav-groups");
        robot.clickOn("#tab-resolutions");
        waitUntil(() -> FxTesting.rows(robot, "#resolutionsTable") == 4);

        robot.clickOn("#resolutionSearchField").write("detention");
        waitUntil(() -> FxTesting.table(robot, "#resolutionsTable").getItems().size() == 2);
        assertThat(FxTesting.<Resolution>table(robot, "#resolutionsTable").getItems()).extracting(Resolution::code)
                .containsExactly("2024-02", "2023-01");
        assertThat(FxTesting.text(robot, "#resolutionCount")).isEqualTo("2 of 4 resolutions");

        robot.interact(() -> robot.lookup("#resolutionSearchField").queryAs(TextField.class).clear());
        robot.clickOn("#resolutionThemeFilter");
        robot.clickOn("Separated children");
        waitUntil(() -> FxTesting.table(robot, "#resolutionsTable").getItems().size() == 2);
        clickCell(robot, "#resolutionsTable", "2024-01");
        waitUntil(() -> robot.lookup("#resolutionTitle").tryQuery().isPresent());
        assertThat(FxTesting.text(robot, "#resolutionTitle")).isEqualTo("Family reunification and separated children");
        assertThat(FxTesting.text(robot, "#resolutionText")).isEqualTo("BE IT RESOLVED that the CCR act.");

        robot.clickOn("#clearResolutionFilters");
        robot.clickOn("#language-fr");
        robot.clickOn("#resolutionSearchField").write("plafonds");
        waitUntil(() -> FxTesting.table(robot, "#resolutionsTable").getItems().size() == 1);
        assertThat(FxTesting.text(robot, "#resolutionCount")).isEqualTo("1 sur 4 résolutions");
        robot.clickOn("#tab-executive");
        waitUntil(() -> FxTesting.rows(robot, "#executiveTable") == 1);
        assertThat(robot.lookup("#executiveTable .table-cell").queryAll()).anySatisfy(cell ->
                assertThat(((Labeled) cell).getText()).isEqualTo("Trésorerie"));
        for (String tab : List.of("#tab-groups", "#tab-executive", "#tab-resolutions", "#tab-proposals")) {
            robot.clickOn(tab);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(FxTesting.missingTexts(robot.lookup("#mainWindow").<Parent>query())).as(tab).isEmpty();
        }
    }

    @Test
    void anAcceptedProposalIsAWorkshopInTheConsultationsProgramme(FxRobot robot) {
        robot.clickOn("#nav-groups");
        robot.clickOn("#tab-proposals");
        waitUntil(() -> FxTesting.rows(robot, "#proposalsTable") == 1);
        clickCell(robot, "#proposalsTable", "Refugee claimants and housing");

        robot.clickOn("#acceptProposalButton");
        waitUntil(() -> robot.lookup("#acceptProposalDialog").tryQuery().isPresent());
        robot.clickOn("#workshopRoomField").write("Salle Acadie");
        robot.clickOn("#workshopCapacityField").write("60");
        robot.clickOn("#saveDialogButton");

        waitUntil(() -> office.groups().proposal(proposal.id()).orElseThrow().status() == ProposalStatus.ACCEPTED);
        waitUntil(() -> robot.lookup("#proposalsTable .table-cell").queryAll().stream()
                .anyMatch(cell -> "Accepted".equals(((Labeled) cell).getText())));
        List<Session> programme = office.events().sessions(spring.id());
        assertThat(programme).singleElement().satisfies(session -> {
            assertThat(session.kind()).isEqualTo(SessionKind.WORKSHOP);
            assertThat(session.titleEn()).isEqualTo("Refugee claimants and housing");
            assertThat(session.day()).isEqualTo(LocalDate.of(2027, 5, 28));
            assertThat(session.room()).isEqualTo("Salle Acadie");
            assertThat(session.capacity()).isEqualTo(60);
        });
        assertThat(FxTesting.text(robot, "#proposalDetail")).contains("In the consultation’s programme as a workshop.");
        assertThat(robot.lookup("#acceptProposalButton").query().isDisabled()).isTrue();

        robot.clickOn("#nav-events");
        clickCell(robot, "#eventsTable", "Spring Consultation 2027");
        robot.clickOn("#tab-programme");
        waitUntil(() -> FxTesting.rows(robot, "#sessionsTable") == 1);
        assertThat(robot.lookup("#sessionsTable .table-cell").queryAll()).anySatisfy(cell ->
                assertThat(((Labeled) cell).getText()).isEqualTo("Accueil liaison pour arrivants"));
    }

    @Test
    void anUndecidedProposalIsCorrectedFromTheProposalsTab(FxRobot robot) {
        robot.clickOn("#nav-groups");
        robot.clickOn("#tab-proposals");
        waitUntil(() -> FxTesting.rows(robot, "#proposalsTable") == 1);
        clickCell(robot, "#proposalsTable", "Refugee claimants and housing");

        robot.clickOn("#editProposalButton");
        waitUntil(() -> robot.lookup("#proposalDialog").tryQuery().isPresent());
        javafx.scene.control.TextField titleEn = robot.lookup("#proposalTitleEnField")
                .queryAs(javafx.scene.control.TextField.class);
        assertThat(titleEn.getText()).isEqualTo("Refugee claimants and housing");
        robot.interact(titleEn::clear);
        robot.clickOn(titleEn).write("Refugee claimants and affordable housing");
        robot.clickOn("#saveDialogButton");

        waitUntil(() -> office.groups().proposal(proposal.id()).orElseThrow().titleEn()
                .equals("Refugee claimants and affordable housing"));
        assertThat(office.groups().proposal(proposal.id()).orElseThrow().status()).isEqualTo(ProposalStatus.PROPOSED);
        assertThat(office.groups().proposals(null)).hasSize(1);
    }
}
