package ca.ccrweb.office.desktop.membership;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.SampleOffice;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/** The applications queue on screen: approving and rejecting, through the real window and database. */
@ExtendWith(ApplicationExtension.class)
class ApplicationsScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private Organization bienvenue;
    private Organization prairie;

    @Start
    void start(Stage stage) {
        office = FxTesting.openOffice(folder);
        bienvenue = office.membership().apply(SampleOffice.draft("Maison Bienvenue", null, "info@bienvenue.example",
                "Montréal", Province.QC, Language.FR));
        prairie = office.membership().apply(SampleOffice.draft("Prairie Welcome", null, "hello@prairie.example",
                "Regina", Province.SK, Language.EN));
        executor = new FxTaskExecutor();
        FxTesting.show(stage, office, executor);
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    @Test
    void approvingAnApplicationCreatesTheAdministratorAccountShownInTheOrganizationsAccounts(FxRobot robot) {
        waitUntil(() -> FxTesting.rows(robot, "#applicationsTable") == 2);
        clickCell(robot, "#applicationsTable", "Maison Bienvenue");

        robot.clickOn("#approveButton");
        waitUntil(() -> robot.lookup("#administratorEmailField").tryQuery().isPresent());
        assertThat(robot.lookup("#administratorEmailField").queryAs(TextField.class).getText())
                .isEqualTo("info@bienvenue.example");
        robot.clickOn("#approveConfirmButton");

        waitUntil(() -> robot.lookup("#activationCodeField").tryQuery().isPresent());
        String code = robot.lookup("#activationCodeField").queryAs(TextField.class).getText();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        Account administrator = office.accounts().administratorOf(bienvenue.id()).orElseThrow();
        assertThat(office.accounts().activationCodeMatches(administrator.id(), code)).isTrue();
        assertThat(robot.lookup("#issuedUsernameField").queryAs(TextField.class).getText())
                .isEqualTo(administrator.username());
        robot.clickOn("#issuedDoneButton");
        waitUntil(() -> robot.lookup("#activationCodeField").tryQuery().isEmpty());
        assertThat(robot.lookup("Application approved — administrator account created").tryQuery()).isPresent();
        waitUntil(() -> FxTesting.rows(robot, "#applicationsTable") == 1);

        robot.clickOn("#nav-members");
        clickCell(robot, "#organizationsTable", "Maison Bienvenue");
        robot.clickOn("#accountsTab");
        TableView<Account> accounts = FxTesting.table(robot, "#organizationAccountsTable");
        waitUntil(() -> accounts.getItems().size() == 1);
        assertThat(accounts.getItems().getFirst().isAdministrator()).isTrue();
        assertThat(accounts.getItems().getFirst().email()).isEqualTo("info@bienvenue.example");
        assertThat(robot.lookup("#organizationAccountsTable .table-cell")
                .match((javafx.scene.control.Labeled cell) -> "Administrator account".equals(cell.getText())
                        || cell.getGraphic() instanceof javafx.scene.control.Label label
                        && "Administrator account".equals(label.getText()))
                .tryQuery()).isPresent();
    }

    @Test
    void rejectingAnApplicationWithAReasonTakesItOutOfTheQueue(FxRobot robot) {
        waitUntil(() -> FxTesting.rows(robot, "#applicationsTable") == 2);
        clickCell(robot, "#applicationsTable", "Prairie Welcome");

        robot.clickOn("#rejectButton");
        waitUntil(() -> robot.lookup("#reasonField").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#reasonField").write("Outside the council mandate");
        robot.clickOn("#confirmButton");

        waitUntil(() -> FxTesting.rows(robot, "#applicationsTable") == 1);
        assertThat(FxTesting.<Organization>table(robot, "#applicationsTable").getItems())
                .extracting(Organization::name).containsExactly("Maison Bienvenue");
        Organization rejected = office.membership().find(prairie.id()).orElseThrow();
        assertThat(rejected.status()).isEqualTo(MembershipStatus.REJECTED);
        assertThat(rejected.statusReason()).isEqualTo("Outside the council mandate");
        assertThat(office.accounts().administratorOf(prairie.id())).isEmpty();
    }
}
