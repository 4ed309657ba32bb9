package ca.ccrweb.office.desktop.membership;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.membership.OrganizationDraft;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.SampleOffice;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The organization form on screen: refused input is shown beside each field and nothing is saved. */
@ExtendWith(ApplicationExtension.class)
class OrganizationFormScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        office = FxTesting.openOffice(folder);
        office.membership().apply(SampleOffice.draft("Maison Bienvenue", null, "info@bienvenue.example",
                "Montréal", Province.QC, Language.FR));
        executor = new FxTaskExecutor();
        FxTesting.show(stage, office, executor);
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    @Test
    void anInvalidNewApplicationShowsItsMessagesBesideTheFieldsAndSavesNothing(FxRobot robot) {
        robot.clickOn("#nav-members");
        waitUntil(() -> FxTesting.rows(robot, "#organizationsTable") == 1);
        robot.clickOn("#newOrganizationButton");
        waitUntil(() -> robot.lookup("#newApplicationPane #nameField").tryQuery().isPresent());

        robot.clickOn("#emailField").write("not-an-email");
        robot.clickOn("#postalCodeField").write("12345");
        robot.clickOn("#saveButton");

        waitUntil(() -> robot.lookup("#nameFieldError").queryAs(Label.class).isVisible());
        assertThat(FxTesting.text(robot, "#nameFieldError")).isEqualTo("Required.");
        assertThat(FxTesting.text(robot, "#emailFieldError")).isEqualTo("Not a valid email address.");
        assertThat(FxTesting.text(robot, "#postalCodeFieldError"))
                .isEqualTo("A Canadian postal code looks like H2X 1Y4.");
        assertThat(FxTesting.text(robot, "#provinceFieldError")).isEqualTo("Required.");
        assertThat(robot.lookup("#cityFieldError").queryAs(Label.class).isVisible()).isFalse();
        assertThat(office.membership().all()).hasSize(1);
        assertThat(FxTesting.rows(robot, "#organizationsTable")).isEqualTo(1);
    }

    @Test
    void enterSavesACorrectedApplication(FxRobot robot) {
        robot.clickOn("#nav-members");
        waitUntil(() -> FxTesting.rows(robot, "#organizationsTable") == 1);
        robot.clickOn("#newOrganizationButton");
        waitUntil(() -> robot.lookup("#newApplicationPane #nameField").tryQuery().isPresent());
        robot.clickOn("#nameField").write("Northern Hope");
        robot.clickOn("#emailField").write("hope@north.example");
        robot.interact(() -> {
            robot.lookup("#provinceField").<javafx.scene.control.ComboBox<Province>>query().setValue(Province.NU);
            robot.lookup("#languageField").<javafx.scene.control.ComboBox<Language>>query().setValue(Language.EN);
        });

        robot.clickOn("#cityField").write("Iqaluit").type(javafx.scene.input.KeyCode.ENTER);

        waitUntil(() -> FxTesting.rows(robot, "#organizationsTable") == 2);
        assertThat(office.membership().pendingApplications()).extracting(organization -> organization.name())
                .contains("Northern Hope");
    }

    @Test
    void theDateReceivedAndTheContactPersonAreKeptAndAnUnreadableDateIsNotSavedAsToday(FxRobot robot) {
        robot.clickOn("#language-fr");
        robot.clickOn("#nav-members");
        waitUntil(() -> FxTesting.rows(robot, "#organizationsTable") == 1);
        robot.clickOn("#newOrganizationButton");
        waitUntil(() -> robot.lookup("#newApplicationPane #receivedOnField").tryQuery().isPresent());
        robot.clickOn("#nameField").write("Northern Hope");
        robot.clickOn("#emailField").write("hope@north.example");
        robot.interact(() -> {
            robot.lookup("#provinceField").<javafx.scene.control.ComboBox<Province>>query().setValue(Province.NU);
            robot.lookup("#languageField").<javafx.scene.control.ComboBox<Language>>query().setValue(Language.EN);
        });
        // The application's section is at the foot of the form: reached by the focus, not by a click.
        robot.interact(() -> robot.lookup("#contactNameField").query().requestFocus());
        robot.write("Rahel Tesfamariam");
        robot.interact(() -> robot.lookup("#contactEmailField").query().requestFocus());
        robot.write("rahel@north.example");
        javafx.scene.control.DatePicker received = robot.lookup("#receivedOnField").query();
        robot.interact(() -> {
            received.requestFocus();
            received.getEditor().selectAll();
        });
        robot.write("2026-02-30");

        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#receivedOnFieldError").queryAs(Label.class).isVisible());
        assertThat(FxTesting.text(robot, "#receivedOnFieldError")).contains("2026-02-30");
        assertThat(office.membership().all()).as("not saved as received today").hasSize(1);

        robot.interact(() -> {
            received.requestFocus();
            received.getEditor().selectAll();
        });
        robot.write("2026-11-16");
        robot.clickOn("#saveButton");

        waitUntil(() -> FxTesting.rows(robot, "#organizationsTable") == 2);
        var saved = office.membership().pendingApplications().stream()
                .filter(organization -> organization.name().equals("Northern Hope")).findFirst().orElseThrow();
        assertThat(saved.appliedOn()).isEqualTo(java.time.LocalDate.of(2026, 11, 16));
        assertThat(saved.applicationContactName()).isEqualTo("Rahel Tesfamariam");
        assertThat(saved.applicationContactEmail()).isEqualTo("rahel@north.example");
    }

    @Test
    void aSaveOverAnotherWorkstationsChangeIsRefusedOnScreenAndReloadingKeepsWhatWasTyped(FxRobot robot)
            throws Exception {
        robot.clickOn("#nav-members");
        waitUntil(() -> FxTesting.rows(robot, "#organizationsTable") == 1);
        robot.clickOn("Maison Bienvenue");
        waitUntil(() -> robot.lookup("#organizationDetail #phoneField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#organizationDetail #phoneField")
                .queryAs(javafx.scene.control.TextField.class).setText("514-555-0111"));
        long id = office.membership().all().getFirst().id();
        try (OfficeServices elsewhere = new OfficeServices(
                Database.open(DatabaseSettings.sqliteFile(folder.resolve("t.db"))),
                Clock.offset(FxTesting.CLOCK, Duration.ofMinutes(1)), Actor.named("bruno.t"))) {
            OrganizationDraft theirs = elsewhere.membership().find(id).orElseThrow().toDraft();
            elsewhere.membership().update(id, new OrganizationDraft(theirs.name(), theirs.nameOtherLanguage(),
                    theirs.email(), theirs.phone(), theirs.website(), theirs.streetAddress(), "Laval",
                    theirs.postalCode(), theirs.province(), theirs.language(), theirs.services(), theirs.clienteles(),
                    theirs.notes()));
        }

        robot.clickOn("#organizationDetail #saveButton");
        waitUntil(() -> !conflictText(robot).isEmpty());
        assertThat(conflictText(robot))
                .startsWith("This record was changed by bruno.t on ");
        assertThat(office.membership().find(id).orElseThrow().phone()).isNotEqualTo("514-555-0111");

        robot.clickOn("#organizationDetail #reloadButton");
        waitUntil(() -> conflictText(robot).startsWith("Reloaded"));
        assertThat(field(robot, "#organizationDetail #cityField")).isEqualTo("Laval");
        assertThat(conflictText(robot))
                .isEqualTo("Reloaded with the other change. What you had typed: Phone: 514-555-0111");
        robot.clickOn("#organizationDetail #putBackButton");
        assertThat(field(robot, "#organizationDetail #phoneField")).isEqualTo("514-555-0111");
        robot.clickOn("#organizationDetail #saveButton");

        waitUntil(() -> "514-555-0111".equals(office.membership().find(id).orElseThrow().phone()));
        assertThat(office.membership().find(id).orElseThrow().city()).isEqualTo("Laval");
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.TextField.class).getText();
    }

    private static String conflictText(FxRobot robot) {
        String text = robot.lookup("#organizationDetail #conflictMessage").queryAs(atlantafx.base.controls.Message.class)
                .getDescription();
        return text == null ? "" : text;
    }
}
