package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.SampleOffice;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import ca.ccrweb.office.desktop.shell.MainWindow;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static ca.ccrweb.office.desktop.FxTesting.clickCell;
import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Events on screen: open an event, register a participant through the form, export the list to xlsx. */
@ExtendWith(ApplicationExtension.class)
class EventsScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private EventSamples samples;
    private Path exported;

    @Start
    void start(Stage stage) {
        office = FxTesting.openOffice(folder);
        SampleOffice.fill(office);
        samples = EventSamples.consultation(office, null);
        long eventId = samples.consultation.id();
        office.registrations().register(eventId, EventSamples.person("Amina Haddad", "amina@example.org", null,
                "Groupe citoyen de Dartmouth"));
        office.registrations().register(eventId, EventSamples.person("Jean Roy", "jean@example.org", null,
                "Église unie Saint-Jean"));
        executor = new FxTaskExecutor();
        MainWindow window = FxTesting.show(stage, office, executor);
        exported = folder.resolve("registrations.xlsx");
        window.exports().setSaveDialog(chooser -> exported.toFile());
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    @Test
    void registeringAParticipantThroughTheFormChangesTheTotalsAndTheExportHasTheRow(FxRobot robot) throws Exception {
        robot.clickOn("#nav-events");
        waitUntil(() -> FxTesting.rows(robot, "#eventsTable") == 1);
        assertThat(robot.lookup("#eventsTable .table-cell").match((Labeled cell) -> "2".equals(cell.getText()))
                .tryQuery()).isPresent();
        clickCell(robot, "#eventsTable", "Spring Consultation");

        waitUntil(() -> FxTesting.rows(robot, "#registrationsTable") == 2);
        assertThat(FxTesting.text(robot, "#totalRegistered")).isEqualTo("2");
        assertThat(FxTesting.text(robot, "#totalOwed")).isEqualTo("$800.00");

        robot.clickOn("#newRegistrationButton");
        waitUntil(() -> robot.lookup("#fullNameField").tryQuery().isPresent());
        waitUntil(() -> "$400.00".equals(FxTesting.text(robot, "#feeAmount")));
        robot.clickOn("#fullNameField").write("Zoë Dubé");
        robot.clickOn("#registrationEmailField").write("zoe.dube@example.org");
        robot.clickOn("#organizationField").write("FCJ Refugee Centre").type(KeyCode.TAB);
        waitUntil(() -> "$250.00".equals(FxTesting.text(robot, "#feeAmount")));
        robot.clickOn("#registerButton");

        waitUntil(() -> robot.lookup("#registrationDialog").tryQuery().isEmpty());
        waitUntil(() -> FxTesting.rows(robot, "#registrationsTable") == 3);
        assertThat(FxTesting.text(robot, "#totalRegistered")).isEqualTo("3");
        assertThat(FxTesting.text(robot, "#totalOwed")).isEqualTo("$1,050.00");
        assertThat(FxTesting.<Registration>table(robot, "#registrationsTable").getItems())
                .extracting(Registration::fullName).contains("Zoë Dubé");
        assertThat(office.registrations().ofEvent(samples.consultation.id())).extracting(Registration::organizationName)
                .contains("FCJ Refugee Centre");

        robot.clickOn("#exportButton");
        robot.clickOn("Registrations, Excel workbook (.xlsx)…");
        waitUntil(() -> robot.lookup("#exportColumnsButton").tryQuery().isPresent());
        robot.clickOn("#exportColumnsButton");

        waitUntil(() -> robot.lookup("registrations.xlsx is ready.").tryQuery().isPresent());
        assertThat(exported).isRegularFile();
        assertThat(cellTexts(exported)).contains("Zoë Dubé", "FCJ Refugee Centre", "Amina Haddad");
    }

    @Test
    void theCheckInTabChecksInTheFirstPersonFoundWithEnter(FxRobot robot) {
        robot.clickOn("#nav-events");
        waitUntil(() -> FxTesting.rows(robot, "#eventsTable") == 1);
        clickCell(robot, "#eventsTable", "Spring Consultation");
        waitUntil(() -> FxTesting.rows(robot, "#registrationsTable") == 2);

        robot.clickOn("#tab-check-in");
        waitUntil(() -> robot.lookup("#checkInSearchField").queryTextInputControl().isFocused());
        robot.write("roy").type(KeyCode.ENTER);

        waitUntil(() -> FxTesting.text(robot, "#checkInCount").equals("1 of 2 checked in"));
        assertThat(FxTesting.text(robot, "#checkInMessage")).startsWith("Jean Roy checked in at");
        assertThat(robot.lookup("#checkInSearchField").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void everyTabOfTheEventPageShowsItsTextsInBothLanguages(FxRobot robot) {
        robot.clickOn("#nav-events");
        waitUntil(() -> FxTesting.rows(robot, "#eventsTable") == 1);
        clickCell(robot, "#eventsTable", "Spring Consultation");
        waitUntil(() -> FxTesting.rows(robot, "#registrationsTable") == 2);
        clickCell(robot, "#registrationsTable", "Jean Roy");
        waitUntil(() -> robot.lookup("#registrationDetail").queryLabeled().getText().contains("No payments yet."));

        for (String language : List.of("#language-fr", "#language-en")) {
            robot.clickOn(language);
            for (String tab : List.of("#tab-registrations", "#tab-check-in", "#tab-details", "#tab-programme",
                    "#tab-fees", "#tab-dashboard")) {
                robot.clickOn(tab);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(FxTesting.missingTexts(robot.lookup("#mainWindow").<Parent>query()))
                        .as(tab + " " + language).isEmpty();
            }
        }
        assertThat(FxTesting.rows(robot, "#sessionsTable")).isEqualTo(2);
        assertThat(FxTesting.rows(robot, "#ratesTable")).isEqualTo(3);
        assertThat(FxTesting.text(robot, "#dashboardSummary"))
                .isEqualTo("2 registrations received · 2 hold a place · 0 attended");
    }

    @Test
    void aRegistrationIsChangedRefundedAndMarkedAbsentFromTheList(FxRobot robot) {
        long eventId = samples.consultation.id();
        Registration amina = registrationOf("Amina Haddad");
        office.payments().recordPayment(amina.id(), 10_000, LocalDate.now(FxTesting.CLOCK), PaymentMethod.CHEQUE, "n° 12");
        robot.clickOn("#nav-events");
        waitUntil(() -> FxTesting.rows(robot, "#eventsTable") == 1);
        clickCell(robot, "#eventsTable", "Spring Consultation");
        waitUntil(() -> FxTesting.rows(robot, "#registrationsTable") == 2);

        clickCell(robot, "#registrationsTable", "Jean Roy");
        robot.clickOn("#editRegistrationButton");
        waitUntil(() -> robot.lookup("#saveRegistrationButton").tryQuery().isPresent());
        waitUntil(() -> "$400.00".equals(FxTesting.text(robot, "#feeAmount")));
        // Below the fold of the form's scroll pane: reached by the keyboard, as a person tabbing through would.
        robot.interact(() -> robot.lookup("#day-" + EventSamples.START).query().requestFocus());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> "$160.00".equals(FxTesting.text(robot, "#feeAmount")));
        robot.interact(() -> robot.lookup("#dietaryField").queryTextInputControl().setText("Halal"));
        robot.clickOn("#saveRegistrationButton");
        waitUntil(() -> robot.lookup("#registrationDialog").tryQuery().isEmpty());
        waitUntil(() -> registrationOf("Jean Roy").amountDueCents() == 16_000);
        assertThat(registrationOf("Jean Roy").dietaryNeeds()).isEqualTo("Halal");
        assertThat(office.registrations().days(registrationOf("Jean Roy").id())).containsExactly(EventSamples.START);
        waitUntil(() -> FxTesting.text(robot, "#totalOwed").equals("$460.00"));

        clickCell(robot, "#registrationsTable", "Amina Haddad");
        robot.clickOn("#refundButton");
        waitUntil(() -> robot.lookup("#recordRefundButton").tryQuery().isPresent());
        assertThat(robot.lookup("#paymentAmountField").queryTextInputControl().getText()).isEqualTo("100.00");
        robot.interact(() -> robot.lookup("#paymentMethodField").<ComboBox<PaymentMethod>>query()
                .setValue(PaymentMethod.CHEQUE));
        robot.clickOn("#paymentAmountField").push(KeyCode.CONTROL, KeyCode.A).write("150");
        robot.clickOn("#recordRefundButton");
        waitUntil(() -> !FxTesting.text(robot, "#paymentAmountFieldError").isEmpty());
        assertThat(registrationOf("Amina Haddad").refundedCents()).isZero();
        robot.clickOn("#paymentAmountField").push(KeyCode.CONTROL, KeyCode.A).write("40");
        robot.clickOn("#recordRefundButton");
        waitUntil(() -> robot.lookup("#refundDialog").tryQuery().isEmpty());
        assertThat(registrationOf("Amina Haddad").refundedCents()).isEqualTo(4_000);
        assertThat(registrationOf("Amina Haddad").paidCents()).isEqualTo(6_000);

        clickCell(robot, "#registrationsTable", "Jean Roy");
        robot.clickOn("#noShowButton");
        waitUntil(() -> registrationOf("Jean Roy").status() == RegistrationStatus.NO_SHOW);
        waitUntil(() -> FxTesting.text(robot, "#noShowButton").equals("Undo absence"));
        // The notification may lie over the button for a few seconds: the keyboard reaches it regardless.
        robot.interact(() -> robot.lookup("#noShowButton").query().requestFocus());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> registrationOf("Jean Roy").status() == RegistrationStatus.REGISTERED);
        assertThat(office.registrations().ofEvent(eventId)).hasSize(2);
    }

    private Registration registrationOf(String name) {
        return office.registrations().ofEvent(samples.consultation.id()).stream()
                .filter(registration -> registration.fullName().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> cellTexts(Path file) throws Exception {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                row.forEach(cell -> texts.add(cell.toString()));
            }
        }
        return texts;
    }
}
