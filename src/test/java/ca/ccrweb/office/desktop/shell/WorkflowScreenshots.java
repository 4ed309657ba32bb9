package ca.ccrweb.office.desktop.shell;

import atlantafx.base.theme.PrimerLight;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.demo.DemoData;
import ca.ccrweb.office.core.demo.DemoEvents;
import ca.ccrweb.office.core.events.Registration;
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
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The screens of issue 13's workflow fixes at 1280×800 over the demo data, to be looked at: a new account from the
 * Accounts page, the check-in of an event that is not today, waiving a fee, the backups, a new application's
 * receipt. Arguments as {@link ScreenScreenshots}: a database file, fr or en, a handshake folder.
 */
public final class WorkflowScreenshots {
    private static Path database;
    private static Language language;
    private static Path handshake;

    public static void main(String[] args) {
        database = Path.of(args[0]);
        language = Language.fromCode(args[1]);
        handshake = Path.of(args[2]);
        Application.launch(Shown.class, args);
    }

    public static final class Shown extends Application {
        private Scene scene;
        private Stage stage;

        @Override
        public void start(Stage primary) {
            stage = primary;
            boolean fresh = !Files.exists(database);
            OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(database),
                    Actor.named("marie.leclerc"));
            if (fresh) {
                DemoData.generate(office, 1, DemoData.DEFAULT_SEED);
                DemoEvents.generate(office, 1, DemoData.DEFAULT_SEED);
            }
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            AppServices services = new AppServices(office, new FxTaskExecutor(), DesktopPreferences.inMemory(),
                    new Localizer(language), "marie.leclerc@bureau", uri -> { });
            MainWindow window = new MainWindow(services, new CoreExportWriters(office));
            scene = new Scene(window.root(), 1280, 800);
            window.installShortcuts(scene);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            List<Runnable[]> steps = List.of(
                    new Runnable[]{() -> window.show(Section.ACCOUNTS), () -> press("#newAccountButton")},
                    new Runnable[]{() -> {
                        closeDialogs();
                        window.show(Section.EVENTS);
                    }, () -> openFirstRow("#eventsTable")},
                    new Runnable[]{() -> selectTab("tab-check-in"), () -> selectTab("tab-check-in")},
                    new Runnable[]{() -> selectTab("tab-registrations"), () -> {
                        TableView<?> table = (TableView<?>) scene.lookup("#registrationsTable");
                        for (int index = 0; index < table.getItems().size(); index++) {
                            if (table.getItems().get(index) instanceof Registration registration
                                    && registration.owedCents() > 0) {
                                table.getSelectionModel().select(index);
                                break;
                            }
                        }
                        Platform.runLater(() -> press("#waiveFeeButton"));
                    }},
                    new Runnable[]{() -> {
                        closeDialogs();
                        window.show(Section.ADMINISTRATION);
                    }, () -> selectTab("backupsTabHeader")},
                    new Runnable[]{() -> window.show(Section.MEMBERS), () -> {
                        press("#newOrganizationButton");
                        Platform.runLater(() -> scene.getRoot().lookupAll(".scroll-pane").stream()
                                .filter(node -> node.getParent() != null
                                        && node.getParent().getId() != null
                                        && node.getParent().getId().equals("organizationForm"))
                                .forEach(node -> ((ScrollPane) node).setVvalue(1)));
                    }});
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

        private void closeDialogs() {
            Window.getWindows().stream().filter(each -> each != stage).toList().forEach(Window::hide);
        }

        private void press(String id) {
            Node node = scene.lookup(id);
            if (node instanceof ButtonBase button) {
                button.fire();
            }
        }

        private void selectTab(String tabId) {
            for (Node node : scene.getRoot().lookupAll(".tab-pane")) {
                TabPane tabs = (TabPane) node;
                tabs.getTabs().stream().filter(tab -> tabId.equals(tab.getId())).findFirst()
                        .ifPresent(tab -> tabs.getSelectionModel().select(tab));
            }
        }

        private void openFirstRow(String tableId) {
            TableView<?> table = (TableView<?>) scene.lookup(tableId);
            System.out.println(tableId + ": " + (table == null ? "missing" : table.getItems().size() + " rows"));
            table.requestFocus();
            table.getSelectionModel().select(0);
            table.getOnKeyPressed().handle(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false,
                    false, false));
        }
    }
}
