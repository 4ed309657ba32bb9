package ca.ccrweb.office.desktop.shell;

import atlantafx.base.theme.PrimerLight;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.demo.DemoData;
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
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The fund's new-application form (someone known found by name, the organization searched), its decision panel
 * and the dues page, at 1280×800 over the demo data, to be looked at. Arguments as {@link ScreenScreenshots}: a
 * database file, fr or en, a handshake folder.
 */
public final class FundFormScreenshots {
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
                    new Runnable[]{() -> window.show(Section.FUND), () -> press(scene, "#newFundApplicationButton")},
                    new Runnable[]{() -> typeIn("#fundKnownPerson", "ha"), () -> { }},
                    new Runnable[]{() -> showOrganizations(), () -> { }},
                    new Runnable[]{() -> {
                        closeDialogs();
                        TableView<?> table = (TableView<?>) scene.lookup("#fundTable");
                        table.getSelectionModel().select(0);
                    }, () -> press(scene, "#fundSelectButton")},
                    new Runnable[]{() -> {
                        closeDialogs();
                        window.show(Section.DUES);
                    }, () -> { }});
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    for (int step = 0; step < steps.size(); step++) {
                        Thread.sleep(3_000);
                        Platform.runLater(steps.get(step)[0]);
                        Thread.sleep(4_000);
                        Platform.runLater(steps.get(step)[1]);
                        Thread.sleep(3_000);
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

        private void typeIn(String id, String text) {
            for (Window each : Window.getWindows()) {
                Node node = each.getScene().lookup(id);
                if (node instanceof TextField field) {
                    field.requestFocus();
                    field.setText(text);
                }
            }
        }

        private void showOrganizations() {
            for (Window each : Window.getWindows()) {
                if (each.getScene().lookup("#fundOrganization") instanceof ComboBox<?> organizations) {
                    organizations.requestFocus();
                    organizations.show();
                }
            }
        }

        private void closeDialogs() {
            Window.getWindows().stream().filter(each -> each != stage).toList().forEach(Window::hide);
        }

        private static void press(Scene scene, String id) {
            if (scene.lookup(id) instanceof ButtonBase button) {
                button.fire();
            }
        }
    }
}
