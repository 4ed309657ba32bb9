package ca.ccrweb.office.desktop.shell;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.demo.DemoData;
import ca.ccrweb.office.core.demo.DemoEvents;
import ca.ccrweb.office.core.demo.DemoFund;
import ca.ccrweb.office.core.demo.DemoUpdates;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.CutWords;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.common.SynchronousTaskExecutor;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static ca.ccrweb.office.desktop.FxTesting.clickCell;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every section of the navigation, every tab of its pages and the main dialogs, with their validation messages
 * showing, in English and in French at 1280×800, on the demo data and on an event with thousands of
 * registrations: none of our own words may be shown cut. Sections are found from {@link Section}, tabs from the
 * pages themselves, so a section added later is checked as soon as it is in the navigation.
 */
@ExtendWith(ApplicationExtension.class)
class EveryScreenFitsScreenTest {
    private static final int BIG_EVENT_REGISTRATIONS = 6_000;

    @TempDir
    static Path folder;

    private static OfficeServices office;
    private static Event biggest;
    private Stage stage;
    private final List<CutWords.Cut> cuts = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();

    /** The data is made before the window, off the FX thread: it takes a while on a busy machine. */
    @BeforeAll
    static void demoDataWithABigEvent() {
        office = FxTesting.openOffice(folder);
        DemoData.generate(office, 1, DemoData.DEFAULT_SEED);
        // One event with a third of these registrations, the largest the demo makes, before the usual ten.
        DemoEvents.generate(office, 1, BIG_EVENT_REGISTRATIONS, DemoData.DEFAULT_SEED);
        DemoEvents.generate(office, 1, DemoData.DEFAULT_SEED);
        DemoFund.generate(office, DemoData.DEFAULT_SEED);
        DemoUpdates.generate(office);
        biggest = office.events().all().stream()
                .max(Comparator.comparingInt(event -> office.registrations().ofEvent(event.id()).size()))
                .orElseThrow();
    }

    @AfterAll
    static void close() {
        office.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void noneOfOurWordsIsCutOnAnyScreenInEitherLanguage(FxRobot robot) {
        assertThat(office.registrations().ofEvent(biggest.id())).hasSizeGreaterThanOrEqualTo(2_000);
        robot.interact(() -> FxTesting.show(stage, office, new SynchronousTaskExecutor()));
        for (Language language : Language.values()) {
            press(robot, "#language-" + language.code());
            for (Section section : Section.values()) {
                String screen = language.code() + " " + section.name();
                press(robot, "#" + section.id());
                check(robot, screen);
                everyTab(robot, screen);
                openFirstRow(robot, screen);
            }
            theBiggestEvent(robot, language);
            theDialogs(robot, language);
        }
        assertThat(cuts).as("Words shown cut on %d screens checked:%n%s", seen.size(),
                String.join("\n", cuts.stream().map(CutWords.Cut::toString).distinct().toList())).isEmpty();
    }

    private void theBiggestEvent(FxRobot robot, Language language) {
        String screen = language.code() + " biggest event";
        press(robot, "#nav-events");
        backToTheList(robot);
        clickCell(robot, "#eventsTable", language == Language.FR ? biggest.titleFr() : biggest.titleEn());
        check(robot, screen);
        everyTab(robot, screen);
        selectTab(robot, "tab-registrations");
        selectFirstRow(robot, "#registrationsTable");
        check(robot, screen + " registration");
        dialog(robot, screen + " payment dialog", "#recordPaymentActionButton");
        dialog(robot, screen + " new registration dialog", "#newRegistrationButton");
        selectTab(robot, "tab-programme");
        dialog(robot, screen + " new session dialog", "#addSessionButton");
        selectTab(robot, "tab-fees");
        dialog(robot, screen + " new rate dialog", "#addRateButton");
        backToTheList(robot);
    }

    private void theDialogs(FxRobot robot, Language language) {
        String screen = language.code() + " ";
        press(robot, "#nav-events");
        backToTheList(robot);
        dialog(robot, screen + "new event dialog", "#newEventButton");
        press(robot, "#nav-fund");
        selectFirstRow(robot, "#fundTable");
        check(robot, screen + "fund decision panel");
        dialog(robot, screen + "new fund application dialog", "#newFundApplicationButton");
        press(robot, "#nav-applications");
        selectFirstRow(robot, "#applicationsTable");
        dialog(robot, screen + "approve dialog", "#approveButton");
        press(robot, "#nav-applications");
        if (robot.lookup("#newApplicationButton").tryQuery().isPresent()) {
            press(robot, "#newApplicationButton");
            confirmToShowErrors(robot);
            check(robot, screen + "new application form");
        }
        press(robot, "#nav-communications");
        dialog(robot, screen + "new update dialog", "#newUpdateButton");
    }

    /** Opens a dialog, asks it to save as it is (empty or untouched) so its messages show, checks it and closes it. */
    private void dialog(FxRobot robot, String screen, String opener) {
        Optional<Node> button = robot.lookup(opener).tryQuery();
        if (button.isEmpty() || !shown(button.get()) || button.get().isDisabled()) {
            seen.add(screen + " (not offered)");
            return;
        }
        press(robot, opener);
        check(robot, screen);
        confirmToShowErrors(robot);
        check(robot, screen + " with errors");
        robot.interact(() -> otherWindows().forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses a dialog's confirming button, or else the form's default button. */
    private void confirmToShowErrors(FxRobot robot) {
        List<Window> dialogs = otherWindows();
        Optional<Button> confirm = robot.lookup((Node node) -> node instanceof Button button && shown(button)
                && !button.isDisabled() && (isOkButton(button) || button.isDefaultButton())
                && (dialogs.isEmpty() || dialogs.contains(button.getScene().getWindow()))).tryQuery();
        confirm.ifPresent(robot::clickOn);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean isOkButton(Button button) {
        Parent parent = button.getParent();
        while (parent != null && !(parent instanceof DialogPane)) {
            parent = parent.getParent();
        }
        if (parent instanceof DialogPane pane) {
            for (ButtonType type : pane.getButtonTypes()) {
                if (pane.lookupButton(type) == button) {
                    return type.getButtonData() == ButtonBar.ButtonData.OK_DONE;
                }
            }
        }
        return false;
    }

    private List<Window> otherWindows() {
        return Window.getWindows().stream().filter(window -> window != stage && window instanceof Stage).toList();
    }

    /** Selects each tab of each tab pane on screen, checking each, and comes back to the first. */
    private void everyTab(FxRobot robot, String screen) {
        List<TabPane> panes = robot.lookup((Node node) -> node instanceof TabPane pane && shown(pane)).queryAll()
                .stream().map(TabPane.class::cast).toList();
        for (TabPane pane : panes) {
            for (Tab tab : List.copyOf(pane.getTabs())) {
                if (tab.isDisable()) {
                    continue;
                }
                robot.interact(() -> pane.getSelectionModel().select(tab));
                String tabScreen = screen + " / " + (tab.getId() == null ? tab.getText() : tab.getId());
                check(robot, tabScreen);
                openFirstRow(robot, tabScreen);
            }
            robot.interact(() -> pane.getSelectionModel().selectFirst());
        }
    }

    /** Selects the first row of the first table with rows, as staff do to see its detail. */
    private void openFirstRow(FxRobot robot, String screen) {
        Optional<TableView<?>> table = robot.lookup((Node node) -> node instanceof TableView<?> view && shown(view)
                && !view.getItems().isEmpty()).tryQuery();
        if (table.isPresent() && table.get().getId() != null && !"eventsTable".equals(table.get().getId())) {
            selectFirstRow(robot, "#" + table.get().getId());
            check(robot, screen + " / first row of #" + table.get().getId());
        }
    }

    private static void selectFirstRow(FxRobot robot, String tableId) {
        TableView<?> table = robot.lookup(tableId).queryTableView();
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0);
            table.scrollTo(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void selectTab(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup((Node node) -> node instanceof TabPane).queryAll().stream()
                .map(TabPane.class::cast).flatMap(pane -> pane.getTabs().stream())
                .filter(tab -> id.equals(tab.getId())).findFirst()
                .ifPresent(tab -> tab.getTabPane().getSelectionModel().select(tab)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Fires a button as a click would, without moving the mouse across the screen. */
    private static void press(FxRobot robot, String id) {
        ButtonBase button = robot.lookup(id).query();
        Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void backToTheList(FxRobot robot) {
        Optional<Node> back = robot.lookup("#backToEventsButton").tryQuery();
        if (back.isPresent() && shown(back.get())) {
            press(robot, "#backToEventsButton");
        }
    }

    private void check(FxRobot robot, String screen) {
        WaitForAsyncUtils.waitForFxEvents();
        seen.add(screen);
        Supplier<List<CutWords.Cut>> found = () -> CutWords.inEveryWindow(screen);
        List<CutWords.Cut> now = new ArrayList<>();
        robot.interact(() -> now.addAll(found.get()));
        cuts.addAll(now);
    }

    private static boolean shown(Node node) {
        for (Node each = node; each != null; each = each.getParent()) {
            if (!each.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing();
    }
}
