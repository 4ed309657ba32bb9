package ca.ccrweb.office.desktop.shell;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.SampleOffice;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
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

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The shell: every section opens, the language switch translates the screens live, no text is missing. */
@ExtendWith(ApplicationExtension.class)
class MainWindowScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        office = FxTesting.openOffice(folder);
        SampleOffice.fill(office);
        executor = new FxTaskExecutor();
        window = FxTesting.show(stage, office, executor);
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    @Test
    void switchingToFrenchTranslatesTheWindowLive(FxRobot robot) {
        assertThat(FxTesting.text(robot, "#nav-members")).isEqualTo("Members");

        robot.clickOn("#language-fr");

        waitUntil(() -> "Membres".equals(FxTesting.text(robot, "#nav-members")));
        assertThat(FxTesting.text(robot, "#applicationCount")).isEqualTo("4 demandes en attente");
        assertThat(FxTesting.table(robot, "#applicationsTable").getColumns().getFirst().getText()).isEqualTo("Nom");
        assertThat(robot.lookup("#searchField").queryAs(TextInputControl.class).getPromptText())
                .isEqualTo("Nom, courriel ou ville");
    }

    @Test
    void everySectionOpensAndNoTextIsMissingInEitherLanguage(FxRobot robot) {
        for (String language : List.of("#language-en", "#language-fr")) {
            robot.clickOn(language);
            for (Section section : Section.values()) {
                robot.clickOn("#" + section.id());
                WaitForAsyncUtils.waitForFxEvents();
                if (section == Section.MEMBERS) {
                    waitUntil(() -> FxTesting.rows(robot, "#organizationsTable") == 10);
                    robot.clickOn(robot.lookup("#organizationsTable .table-row-cell").nth(2).<Node>query());
                    waitUntil(() -> robot.lookup("#organizationDetail").tryQuery().isPresent());
                }
                List<String> missing = FxTesting.missingTexts(robot.lookup("#mainWindow").<Parent>query());
                assertThat(missing).as(section + " " + language).isEmpty();
            }
        }
    }

    @Test
    void theCasesSectionShowsCountsOnlyToSomeoneWhoDoesNotHandleCases(FxRobot robot) {
        robot.clickOn("#nav-cases");

        waitUntil(() -> robot.lookup("#caseCountsTable").tryQuery().isPresent());
        assertThat(robot.lookup("#casesTable").tryQuery()).isEmpty();
        assertThat(robot.lookup("#caseUnlockPassphrase").tryQuery().map(node -> node.getScene() != null)
                .orElse(false)).isFalse();
    }

    @Test
    void ctrlFPutsTheCursorInTheSearchField(FxRobot robot) {
        robot.clickOn("#nav-accounts");
        waitUntil(() -> FxTesting.rows(robot, "#accountsTable") == 8);

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        robot.write("tesfaye");

        waitUntil(() -> FxTesting.rows(robot, "#accountsTable") == 1);
        assertThat(FxTesting.text(robot, "#accountCount")).isEqualTo("1 of 8 accounts");
    }

    @Test
    void aNotificationTakesItsOwnStripAndCoversNoButtonOfThePage(FxRobot robot) {
        robot.clickOn("#nav-accounts");
        waitUntil(() -> FxTesting.rows(robot, "#accountsTable") == 8);

        robot.interact(() -> {
            window.feedback().notify("First account disabled.");
            window.feedback().notify("Second account disabled.");
        });
        WaitForAsyncUtils.waitForFxEvents();

        Node toasts = robot.lookup("#toasts").query();
        Bounds notifications = toasts.localToScene(toasts.getLayoutBounds());
        assertThat(notifications.getHeight()).isPositive();
        List<Button> buttons = robot.lookup("#accountsPage .button").queryAllAs(Button.class).stream()
                .filter(Node::isVisible).toList();
        assertThat(buttons).isNotEmpty().allSatisfy(button -> assertThat(
                button.localToScene(button.getLayoutBounds()).intersects(notifications))
                .as(button.getId() + " under a notification").isFalse());
    }
}
