package ca.ccrweb.office.desktop.dashboard;

import atlantafx.base.theme.PrimerLight;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.demo.DemoData;
import ca.ccrweb.office.core.demo.DemoEvents;
import ca.ccrweb.office.core.demo.DemoFund;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.AppServices;
import ca.ccrweb.office.desktop.common.CoreExportWriters;
import ca.ccrweb.office.desktop.common.DesktopPreferences;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.shell.MainWindow;
import ca.ccrweb.office.desktop.shell.Section;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shows a section (the dashboard, the directory, dues) over the demo data at 1280×800, for the README's
 * screenshots (taken from outside with ImageMagick under Xvfb). Arguments: a database file, fr or en, the section.
 */
public final class DashboardScreenshots {
    private static Path database;
    private static Language language;
    private static Section section;

    public static void main(String[] args) {
        database = Path.of(args[0]);
        language = Language.fromCode(args[1]);
        section = Section.valueOf(args[2]);
        Application.launch(Shown.class, args);
    }

    /** The window, as the application shows it. */
    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            boolean fresh = !Files.exists(database);
            OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(database),
                    Actor.named("marie.leclerc"));
            if (fresh) {
                DemoData.generate(office, 1, DemoData.DEFAULT_SEED);
                DemoEvents.generate(office, 1, DemoData.DEFAULT_SEED);
                DemoFund.generate(office, DemoData.DEFAULT_SEED);
            }
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            FxTaskExecutor executor = new FxTaskExecutor();
            AppServices services = new AppServices(office, executor, DesktopPreferences.inMemory(),
                    new Localizer(language), "Marie Leclerc", uri -> { });
            MainWindow window = new MainWindow(services, new CoreExportWriters(office));
            Scene scene = new Scene(window.root(), 1280, 800);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            window.show(section);
        }
    }
}
