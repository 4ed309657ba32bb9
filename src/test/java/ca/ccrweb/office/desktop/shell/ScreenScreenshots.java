package ca.ccrweb.office.desktop.shell;

import atlantafx.base.theme.PrimerLight;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.demo.DemoData;
import ca.ccrweb.office.core.demo.DemoEvents;
import ca.ccrweb.office.core.demo.DemoFund;
import ca.ccrweb.office.core.demo.DemoUpdates;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.AppServices;
import ca.ccrweb.office.desktop.common.CoreExportWriters;
import ca.ccrweb.office.desktop.common.DesktopPreferences;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The screens of the README's screenshots at 1280×800, over the demo data with an event of thousands of
 * registrations (made as the layout test makes it): the largest event, the fund's decision panel, the new-event
 * dialog with its messages, the audit trail. Arguments: a database file, fr or en, and a folder where it writes
 * "ready-N" once screen N shows and waits for "next-N" (written by the script taking the screenshot).
 */
public final class ScreenScreenshots {
    private static Path database;
    private static Language language;
    private static Path handshake;

    public static void main(String[] args) {
        database = Path.of(args[0]);
        language = Language.fromCode(args[1]);
        handshake = Path.of(args[2]);
        Application.launch(Shown.class, args);
    }

    /** The window, as the application shows it, stepping through the screens. */
    public static final class Shown extends Application {
        private Scene scene;

        @Override
        public void start(Stage stage) {
            boolean fresh = !Files.exists(database);
            OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(database),
                    Actor.named("marie.leclerc"));
            if (fresh) {
                DemoData.generate(office, 1, DemoData.DEFAULT_SEED);
                DemoEvents.generate(office, 1, 6_000, DemoData.DEFAULT_SEED);
                DemoEvents.generate(office, 1, DemoData.DEFAULT_SEED);
                DemoFund.generate(office, DemoData.DEFAULT_SEED);
                DemoUpdates.generate(office);
            }
            Event biggest = office.events().all().stream()
                    .max(Comparator.comparingInt(event -> office.registrations().ofEvent(event.id()).size()))
                    .orElseThrow();
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            AppServices services = new AppServices(office, new FxTaskExecutor(), DesktopPreferences.inMemory(),
                    new Localizer(language), "marie.leclerc@bureau", uri -> { });
            MainWindow window = new MainWindow(services, new CoreExportWriters(office));
            scene = new Scene(window.root(), 1280, 800);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            String title = language == Language.FR ? biggest.titleFr() : biggest.titleEn();
            // Each screen: what opens it, then (a few seconds later, once its list is read) what is chosen in it.
            List<Runnable[]> steps = List.of(
                    new Runnable[]{() -> window.show(Section.EVENTS), () -> openRow("#eventsTable", title)},
                    new Runnable[]{() -> window.show(Section.FUND), () -> selectFirst("#fundTable")},
                    new Runnable[]{() -> window.show(Section.EVENTS), () -> {
                        press("#backToEventsButton");
                        Platform.runLater(() -> press("#newEventButton"));
                        Platform.runLater(() -> Platform.runLater(ScreenScreenshots.Shown::confirmDialog));
                    }},
                    new Runnable[]{() -> {
                        Window.getWindows().stream().filter(each -> each != stage).toList().forEach(Window::hide);
                        window.show(Section.ADMINISTRATION);
                        TabPane tabs = (TabPane) scene.lookup("#administrationTabs");
                        tabs.getTabs().stream().filter(tab -> "auditTabHeader".equals(tab.getId())).findFirst()
                                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
                    }, () -> selectFirst("#auditTable")});
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    for (int step = 0; step < steps.size(); step++) {
                        Thread.sleep(3_000);
                        Platform.runLater(steps.get(step)[0]);
                        Thread.sleep(5_000);
                        Platform.runLater(steps.get(step)[1]);
                        Thread.sleep(4_000);
                        Files.writeString(handshake.resolve("ready-" + step), "");
                        while (!Files.exists(handshake.resolve("next-" + step))) {
                            Thread.sleep(200);
                        }
                    }
                    Platform.runLater(Platform::exit);
                } catch (Exception failure) {
                    failure.printStackTrace();
                }
            });
        }

        private void press(String id) {
            Node node = scene.lookup(id);
            if (node instanceof ButtonBase button) {
                button.fire();
            }
        }

        private void selectFirst(String tableId) {
            ((TableView<?>) scene.lookup(tableId)).getSelectionModel().select(0);
        }

        /** Chooses the row showing this text and presses Enter, as staff open an event. */
        private void openRow(String tableId, String text) {
            TableView<?> table = (TableView<?>) scene.lookup(tableId);
            for (int index = 0; index < table.getItems().size(); index++) {
                if (table.getItems().get(index).toString().contains(text)) {
                    table.getSelectionModel().select(index);
                    table.getOnKeyPressed().handle(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false,
                            false, false, false));
                    return;
                }
            }
            System.out.println("No row shows " + text + " among " + table.getItems().size());
        }

        private static void confirmDialog() {
            for (Window each : List.copyOf(Window.getWindows())) {
                if (each.getScene() != null && each.getScene().lookup("#createEventButton") instanceof Button create) {
                    create.fire();
                }
            }
        }
    }
}
