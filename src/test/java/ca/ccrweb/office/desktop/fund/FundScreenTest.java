package ca.ccrweb.office.desktop.fund;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.fund.ApplicationStatus;
import ca.ccrweb.office.core.fund.BudgetLine;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.SampleOffice;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
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
import java.util.List;

import static ca.ccrweb.office.desktop.FxTesting.clickCell;
import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The fund on screen: select an applicant, and the year's budget moves. */
@ExtendWith(ApplicationExtension.class)
class FundScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private FundSamples samples;

    @Start
    void start(Stage stage) {
        office = FxTesting.openOffice(folder);
        samples = FundSamples.of(office);
        executor = new FxTaskExecutor();
        FxTesting.show(stage, office, executor);
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    @Test
    void selectingAnApplicantMovesTheBudget(FxRobot robot) {
        robot.clickOn("#nav-fund");
        waitUntil(() -> robot.lookup("#fundYear").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#fundYear").<javafx.scene.control.ComboBox<Integer>>query()
                .setValue(FundSamples.YEAR));
        waitUntil(() -> FxTesting.rows(robot, "#fundTable") == 2);
        clickCell(robot, "#fundTable", "Amina Haddad");
        waitUntil(() -> robot.lookup("#fundConsultations").tryQuery().isPresent() && !robot.lookup(
                "#fundConsultations").queryAs(javafx.scene.layout.VBox.class).getChildren().isEmpty());
        robot.clickOn("#award-LODGING").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("250");

        robot.clickOn("#fundSelectButton");
        waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        robot.clickOn("#reasonField").write("Première participation");
        robot.clickOn("#confirmButton");

        waitUntil(() -> office.fund().find(samples.amina.id()).orElseThrow().status() == ApplicationStatus.SELECTED);
        waitUntil(() -> robot.lookup("#fundBalance").tryQuery().isPresent());
        robot.clickOn("#fundBudgetTab");
        waitUntil(() -> {
            List<BudgetLine> lines = FxTesting.<BudgetLine>table(robot, "#fundBudgetTable").getItems();
            return !lines.isEmpty() && lines.getFirst().committedCents() == 85_000L;
        });
        assertThat(robot.lookup("#fundBudgetTable .table-cell").queryAll()).anySatisfy(cell ->
                assertThat(((javafx.scene.control.Labeled) cell).getText()).isEqualTo("$1,150.00"));

        for (String language : List.of("#language-fr", "#language-en")) {
            robot.clickOn(language);
            for (String tab : List.of("#fundApplicationsTab", "#fundBudgetTab")) {
                robot.clickOn(tab);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(FxTesting.missingTexts(robot.lookup("#mainWindow").<Parent>query()))
                        .as(tab + " " + language).isEmpty();
            }
        }
    }

    @Test
    void aNewApplicationTakesItsApplicantFromSomeoneKnownAndItsOrganizationFromASearch(FxRobot robot) {
        Organization fcj = office.membership().approve(office.membership().apply(SampleOffice.draft(
                "FCJ Refugee Centre", null, "info@fcj.example.org", "Toronto", Province.ON, Language.EN)).id(), null)
                .organization();
        office.membership().approve(office.membership().apply(SampleOffice.draft("Action Réfugiés Montréal", null,
                "info@arm.example.org", "Montréal", Province.QC, Language.FR)).id(), null);
        robot.clickOn("#nav-fund");
        waitUntil(() -> robot.lookup("#newFundApplicationButton").tryQuery().isPresent());
        robot.clickOn("#newFundApplicationButton");
        waitUntil(() -> robot.lookup("#fundKnownPerson").tryQuery().isPresent());

        robot.clickOn("#fundKnownPerson").write("haddad");
        waitUntil(() -> robot.lookup(".auto-complete-popup .list-cell").queryAll().stream()
                .anyMatch(cell -> "Amina Haddad · amina@example.org".equals(((Labeled) cell).getText())));
        robot.clickOn(robot.lookup(".auto-complete-popup .list-cell").queryAll().stream()
                .filter(cell -> "Amina Haddad · amina@example.org".equals(((Labeled) cell).getText()))
                .findFirst().orElseThrow());
        waitUntil(() -> "Amina Haddad".equals(robot.lookup("#fundFullName").queryTextInputControl().getText()));
        assertThat(robot.lookup("#fundEmail").queryTextInputControl().getText()).isEqualTo("amina@example.org");
        assertThat(robot.lookup("#fundKnownPersonHint").queryLabeled().getText())
                .isEqualTo("Filled in from the record of Amina Haddad: the application will be linked to it.");

        robot.clickOn("#fundOrganization");
        robot.write("fcj");
        waitUntil(() -> robot.lookup("#fundOrganization").<ComboBox<Organization>>query().isShowing());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#fundOrganization").<ComboBox<Organization>>query().getValue() != null);
        assertThat(robot.lookup("#fundOrganization").<ComboBox<Organization>>query().getValue().id())
                .isEqualTo(fcj.id());
        robot.interact(() -> robot.lookup("#fundFormConsultations .check-box").<CheckBox>query().setSelected(true));
        robot.clickOn("#requested-TRAVEL").write("300");
        robot.clickOn("#justification-TRAVEL").write("Autobus");
        robot.clickOn("#saveFundApplicationButton");

        waitUntil(() -> office.fund().applications(FundSamples.YEAR).size() == 3);
        assertThat(office.fund().applications(FundSamples.YEAR)).filteredOn(application ->
                application.organizationId() != null).singleElement().satisfies(application -> {
                    assertThat(application.contactId()).isEqualTo(samples.amina.contactId());
                    assertThat(application.organizationId()).isEqualTo(fcj.id());
                });
    }
}
