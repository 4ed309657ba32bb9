package ca.ccrweb.office.desktop.shell;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.SampleOffice;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import ca.ccrweb.office.desktop.common.Mnemonics;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Alt and a letter: every screen's actions have one, in French and in English, never the same letter twice. */
@ExtendWith(ApplicationExtension.class)
class MnemonicsScreenTest {
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
    void noScreenGivesTheSameLetterToTwoActionsInEitherLanguage(FxRobot robot) {
        List<String> sections = robot.lookup("#mainWindow").<Parent>query().lookupAll(".toggle-button").stream()
                .map(Node::getId).filter(id -> id != null && id.startsWith("nav-")).toList();
        assertThat(sections).hasSizeGreaterThan(5);
        List<String> duplicates = new ArrayList<>();
        int lettered = 0;
        for (String language : List.of("#language-fr", "#language-en")) {
            robot.clickOn(language);
            for (String section : sections) {
                robot.clickOn("#" + section);
                WaitForAsyncUtils.waitForFxEvents();
                robot.press(KeyCode.ALT).release(KeyCode.ALT);
                WaitForAsyncUtils.waitForFxEvents();
                Map<Character, String> seen = new HashMap<>();
                Parent window = robot.lookup("#mainWindow").query();
                List<Node> actions = new ArrayList<>(window.lookupAll(".button"));
                actions.addAll(window.lookupAll(".menu-button"));
                for (Node node : actions) {
                    if (node instanceof Labeled action && action.isMnemonicParsing() && shown(action)) {
                        Character letter = Mnemonics.fixedLetter(action.getText());
                        if (letter == null) {
                            continue;
                        }
                        lettered++;
                        String before = seen.put(letter, action.getText());
                        if (before != null) {
                            duplicates.add(language + " " + section + ": " + letter + " in \"" + before + "\" and \""
                                    + action.getText() + "\"");
                        }
                    }
                }
            }
        }
        assertThat(duplicates).isEmpty();
        assertThat(lettered).as("actions with a letter, all screens, both languages").isGreaterThan(40);
    }

    @Test
    void altAndTheLetterShownRunsTheMainActionOfThePage(FxRobot robot) {
        robot.clickOn("#language-fr");
        robot.clickOn("#nav-fund");
        waitUntil(() -> robot.lookup("#newFundApplicationButton").tryQuery().isPresent());
        robot.press(KeyCode.ALT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        Button newApplication = robot.lookup("#newFundApplicationButton").queryButton();
        Character letter = Mnemonics.fixedLetter(newApplication.getText());
        assertThat(letter).isNotNull();
        assertThat(newApplication.getText().replace("_", "")).isEqualTo("Nouvelle demande");

        robot.press(KeyCode.ALT, KeyCode.getKeyCode(String.valueOf(letter).toUpperCase()))
                .release(KeyCode.getKeyCode(String.valueOf(letter).toUpperCase()), KeyCode.ALT);

        waitUntil(() -> robot.lookup("#fundFormDialog").tryQuery().isPresent());
        Parent dialog = robot.lookup("#fundFormDialog").query();
        Map<Character, String> seen = new HashMap<>();
        for (Node node : dialog.lookupAll(".button")) {
            if (node instanceof Labeled action && Mnemonics.fixedLetter(action.getText()) != null) {
                assertThat(seen.put(Mnemonics.fixedLetter(action.getText()), action.getText())).isNull();
            }
        }
        robot.clickOn("#cancelDialogButton");
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
