package ca.ccrweb.office.desktop;

import atlantafx.base.theme.PrimerLight;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.common.DesktopPreferences;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.CoreExportWriters;
import ca.ccrweb.office.desktop.shell.MainWindow;
import ca.ccrweb.office.desktop.shell.Section;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The real main window over a real SQLite file, for the screen tests, and waiting for background work. */
public final class FxTesting {
    /**
     * The view-model and screen tests' clock: it starts at the same instant at every run (a weekday morning in
     * Toronto) and runs on from there, so no test depends on the day it runs (near midnight or New Year) while
     * what was done later still reads as later.
     */
    public static final Clock CLOCK = Clock.offset(Clock.system(TestOffices.CLOCK.getZone()),
            Duration.between(Instant.now(), TestOffices.NOW));

    private FxTesting() {
    }

    /** The services over a fresh SQLite file, on the tests' fixed clock (no test depends on the day it runs). */
    public static OfficeServices openOffice(Path folder) {
        return openOffice(folder, Actor.named("test"));
    }

    public static OfficeServices openOffice(Path folder, Actor actor) {
        return new OfficeServices(Database.open(DatabaseSettings.sqliteFile(folder.resolve("t.db"))), CLOCK, actor);
    }

    /** Shows the main window built from the application's services, on the applications queue. */
    public static MainWindow show(Stage stage, OfficeServices office, TaskExecutor executor) {
        return show(stage, office, executor, () -> {
            throw new AssertionError("The application asked to close");
        });
    }

    /** As {@link #show(Stage, OfficeServices, TaskExecutor)}, telling {@code close} when the application asks to end. */
    public static MainWindow show(Stage stage, OfficeServices office, TaskExecutor executor, Runnable close) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AppServices services = new AppServices(office, executor, DesktopPreferences.inMemory(),
                new Localizer(Language.EN), "test@workstation", uri -> { }, close);
        MainWindow window = new MainWindow(services, new CoreExportWriters(office));
        Scene scene = new Scene(window.root(), 1280, 800);
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        window.show(Section.APPLICATIONS);
        return window;
    }

    /** Waits, up to ten seconds, until the condition holds on the FX thread. */
    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get(2, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            throw new AssertionError("The screen did not reach the expected state in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static int rows(FxRobot robot, String tableId) {
        return robot.lookup(tableId).queryTableView().getItems().size();
    }

    @SuppressWarnings("unchecked")
    public static <S> TableView<S> table(FxRobot robot, String tableId) {
        return (TableView<S>) robot.lookup(tableId).queryTableView();
    }

    /** Clicks the table cell showing this text. */
    public static void clickCell(FxRobot robot, String tableId, String text) {
        waitUntil(() -> robot.lookup(tableId + " .table-cell").match((Labeled cell) -> text.equals(cell.getText()))
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(tableId + " .table-cell")
                .match((Labeled cell) -> text.equals(cell.getText())).<Labeled>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    /** Texts shown as "!key!", the sign of a key missing from the bundles. */
    public static List<String> missingTexts(Parent root) {
        List<String> missing = new ArrayList<>();
        collect(root, missing);
        return missing;
    }

    private static void collect(Node node, List<String> missing) {
        List<String> texts = new ArrayList<>();
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input) {
            texts.add(input.getPromptText());
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(column -> texts.add(column.getText()));
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(tab -> texts.add(tab.getText()));
        }
        texts.stream().filter(text -> text != null && text.matches("(?s).*![a-zA-Z]+(\\.[a-zA-Z0-9_]+)+!.*"))
                .forEach(missing::add);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, missing));
        }
    }
}
