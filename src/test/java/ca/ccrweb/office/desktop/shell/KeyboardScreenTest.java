package ca.ccrweb.office.desktop.shell;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.SampleOffice;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
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

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The keyboard alone: letters typed choose in drop-downs, Tab leaves a multi-line field, the focus shows. */
@ExtendWith(ApplicationExtension.class)
class KeyboardScreenTest {
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
    void anAccountIsAddedFromTheAccountsPageWithTheKeyboardOnly(FxRobot robot) {
        robot.clickOn("#nav-accounts");
        waitUntil(() -> FxTesting.rows(robot, "#accountsTable") == 8);

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#newAccountOrganization").tryQuery().map(Node::isFocused).orElse(false));
        ComboBox<Organization> organization = robot.lookup("#newAccountOrganization").query();
        waitUntil(() -> organization.getItems().size() == 3);
        robot.targetWindow(organization.getScene().getWindow());
        robot.write("fcj");
        assertThat(organization.getValue().name()).isEqualTo("FCJ Refugee Centre");
        robot.write("imm");
        assertThat(organization.getValue().name()).isEqualTo("Immigrant Services Association of Nova Scotia");

        robot.type(KeyCode.TAB).write("Marc Pelletier").type(KeyCode.TAB).write("marc@isans.example")
                .type(KeyCode.TAB).write("vol");
        ComboBox<IndividualRole> role = robot.lookup("#newAccountRole").query();
        assertThat(role.getValue()).isEqualTo(IndividualRole.VOLUNTEER);
        assertThat(robot.lookup("#newAccountFullName").queryTextInputControl().getText()).isEqualTo("Marc Pelletier");

        robot.press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        waitUntil(() -> robot.lookup("#issuedDoneButton").tryQuery().isPresent());
        robot.clickOn("#issuedDoneButton");
        waitUntil(() -> FxTesting.rows(robot, "#accountsTable") == 9);
        assertThat(office.accounts().all()).anySatisfy(account -> {
            assertThat(account.fullName()).isEqualTo("Marc Pelletier");
            assertThat(account.organizationName()).isEqualTo("Immigrant Services Association of Nova Scotia");
        });
    }

    @Test
    void inFrenchTypedLettersReachQuebecAndTabLeavesTheNotes(FxRobot robot) {
        robot.clickOn("#language-fr");
        robot.clickOn("#nav-members");
        waitUntil(() -> FxTesting.rows(robot, "#organizationsTable") == 10);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#provinceField").tryQuery().isPresent());

        ComboBox<Province> province = robot.lookup("#provinceField").query();
        robot.interact(province::requestFocus);
        robot.write("que");
        assertThat(province.getValue()).isEqualTo(Province.QC);
        robot.write("on");
        assertThat(province.getValue()).isEqualTo(Province.ON);

        TextArea notes = robot.lookup("#notesField").query();
        robot.interact(notes::requestFocus);
        robot.write("Rencontre le 3 mars").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes.isFocused()).as("Tab left the notes").isFalse();
        assertThat(notes.getText()).isEqualTo("Rencontre le 3 mars");
    }

    @Test
    void theShortcutsAreNamedInTheTooltipsOfWhatTheyReach(FxRobot robot) {
        robot.clickOn("#nav-accounts");
        waitUntil(() -> FxTesting.rows(robot, "#accountsTable") == 8);

        assertThat(robot.lookup("#searchField").queryAs(javafx.scene.control.Control.class).getTooltip().getText())
                .isEqualTo("Search this list (Ctrl+F)");
        assertThat(robot.lookup("#exportButton").queryAs(javafx.scene.control.Control.class).getTooltip().getText())
                .isEqualTo("Export the list shown (Ctrl+E)");
        assertThat(robot.lookup("#newAccountButton").queryAs(javafx.scene.control.Control.class).getTooltip()
                .getText()).isEqualTo("Shortcut: Ctrl+N");

        robot.clickOn("#language-fr");
        waitUntil(() -> robot.lookup("#searchField").queryAs(javafx.scene.control.Control.class).getTooltip()
                .getText().equals("Chercher dans cette liste (Ctrl+F)"));
    }

    @Test
    void aBlueButtonReachedWithTabShowsAFocusRing(FxRobot robot) {
        robot.clickOn("#nav-accounts");
        waitUntil(() -> FxTesting.rows(robot, "#accountsTable") == 8);
        Button add = robot.lookup("#newAccountButton").query();
        assertThat(add.getBorder() == null || add.getBorder().isEmpty()).as("no ring before the focus").isTrue();

        robot.clickOn("#searchField");
        for (int step = 0; step < 30 && !add.isFocused(); step++) {
            robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        }

        assertThat(add.isFocused()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(add.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("focus-visible"));
        assertThat(add.getBorder()).isNotNull();
        assertThat(add.getBorder().getStrokes()).isNotEmpty();
    }
}
