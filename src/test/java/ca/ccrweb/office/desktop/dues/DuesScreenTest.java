package ca.ccrweb.office.desktop.dues;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.membership.DuesLine;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.SampleOffice;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.file.Path;

import static ca.ccrweb.office.desktop.FxTesting.clickCell;
import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Dues on screen: the yearly assessment previewed then made, and a payment recorded on the organization's Dues tab. */
@ExtendWith(ApplicationExtension.class)
class DuesScreenTest {
    private static final int YEAR = 2031;

    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        office = FxTesting.openOffice(folder);
        SampleOffice.fill(office);
        executor = new FxTaskExecutor();
        FxTesting.show(stage, office, executor);
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    @Test
    void assessingTheYearThenRecordingAPaymentSettlesTheDues(FxRobot robot) {
        int active = office.membership().withStatus(MembershipStatus.ACTIVE).size();
        Organization payer = office.membership().withStatus(MembershipStatus.ACTIVE).getFirst();

        robot.clickOn("#nav-dues");
        robot.clickOn("#assessmentTab");
        robot.doubleClickOn("#assessmentYearField").write(String.valueOf(YEAR));
        robot.clickOn("#previewAssessmentButton");
        waitUntil(() -> FxTesting.rows(robot, "#assessmentTable") == active);
        assertThat(robot.lookup("#placeholderWarning").query().isVisible()).isTrue();
        assertThat(office.dues().linesOfYear(YEAR)).as("the preview creates nothing").isEmpty();

        robot.clickOn("#assessButton");
        waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        robot.clickOn("#confirmButton");
        waitUntil(() -> FxTesting.rows(robot, "#assessmentTable") == 0);
        assertThat(office.dues().linesOfYear(YEAR)).hasSize(active);
        assertThat(FxTesting.text(robot, "#assessmentSummary")).contains("0 members to assess", active + " already");

        robot.clickOn("#nav-members");
        waitUntil(() -> FxTesting.rows(robot, "#organizationsTable") > 0);
        clickCell(robot, "#organizationsTable", payer.name());
        waitUntil(() -> robot.lookup("#organizationDetail").tryQuery().isPresent());
        robot.clickOn("#duesTab");
        waitUntil(() -> FxTesting.rows(robot, "#organizationDuesTable") == 1);
        robot.clickOn("#recordDuesPaymentButton");
        waitUntil(() -> robot.lookup("#duesPaymentDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#duesAmountField").queryTextInputControl().getText()).isEqualTo("100.00");
        robot.clickOn("#duesMethodField");
        robot.clickOn("Cheque");
        robot.clickOn("#duesReferenceField").write("2045");
        robot.clickOn("#confirmDuesPaymentButton");

        waitUntil(() -> robot.lookup("#duesPaymentDialog").tryQuery().isEmpty());
        waitUntil(() -> office.dues().line(payer.id(), YEAR).map(DuesLine::paid).orElse(false));
        waitUntil(() -> robot.lookup("#duesPaymentsList").queryListView().getItems().size() == 1);
        assertThat(office.dues().paymentsOf(payer.id())).singleElement()
                .satisfies(payment -> assertThat(payment.reference()).isEqualTo("2045"));
        assertThat(robot.lookup("#duesReceiptButton").queryButton().isDisabled()).isFalse();
    }
}
