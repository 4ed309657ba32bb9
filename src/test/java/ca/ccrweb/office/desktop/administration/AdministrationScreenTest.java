package ca.ccrweb.office.desktop.administration;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.security.Role;
import ca.ccrweb.office.core.security.Session;
import ca.ccrweb.office.core.security.StaffUser;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.file.Path;

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Administration section as the signed-in administrator sees it: the people, and a new user made. */
@ExtendWith(ApplicationExtension.class)
class AdministrationScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        Session session = new Session();
        office = OfficeServices.open(DatabaseSettings.sqliteFile(folder.resolve("t.db")), session);
        office.staff().createFirstAdministrator("marie", "Marie Tremblay", "correct horse battery");
        session.start(office.staff().signIn("marie", "correct horse battery"));
        executor = new FxTaskExecutor();
        FxTesting.show(stage, office, executor);
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    @Test
    void anAdministratorCreatesAUserFromThePeopleTab(FxRobot robot) {
        robot.clickOn("#nav-administration");
        waitUntil(() -> FxTesting.rows(robot, "#staffUsersTable") == 1);
        assertThat(FxTesting.text(robot, "#staffUserCount")).isEqualTo("1 person");

        robot.clickOn("#newUsername").write("paul");
        robot.clickOn("#newFullName").write("Paul Nguyen");
        robot.interact(() -> robot.lookup("#newRole").<ComboBox<Role>>query().setValue(Role.CASEWORKER));
        String given = robot.lookup("#newTemporaryPassword").queryTextInputControl().getText();
        robot.clickOn("#createStaffUserButton");

        waitUntil(() -> robot.lookup("#shownTemporaryPassword").tryQuery().isPresent());
        assertThat(robot.lookup("#shownTemporaryPassword").queryTextInputControl().getText()).isEqualTo(given);
        assertThat(robot.lookup("#newTemporaryPassword").queryTextInputControl().getText())
                .as("the form keeps the password given until it is acknowledged").isEqualTo(given);
        robot.clickOn("#acknowledgePasswordButton");
        waitUntil(() -> FxTesting.rows(robot, "#staffUsersTable") == 2);
        assertThat(robot.lookup("#newTemporaryPassword").queryTextInputControl().getText()).isNotEqualTo(given);
        StaffUser paul = office.staff().all().stream().filter(user -> user.username().equals("paul")).findFirst()
                .orElseThrow();
        assertThat(paul.role()).isEqualTo(Role.CASEWORKER);
        assertThat(paul.mustChangePassword()).isTrue();
        assertThat(robot.lookup("#newUsername").queryTextInputControl().getText()).isEmpty();
    }
}
