package ca.ccrweb.office.desktop.advocacy;

import atlantafx.base.theme.PrimerLight;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.demo.DemoAdvocacy;
import ca.ccrweb.office.core.demo.DemoData;
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
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shows the Advocacy section over the demo data at 1280×800, for the README's screenshots (taken from outside
 * with ImageMagick under Xvfb). Arguments: a database file, fr or en, and the tab (0 actions, 1 results,
 * 2 letters, 3 campaign).
 */
public final class AdvocacyScreenshots {
    private static Path database;
    private static Language language;
    private static int tab;

    public static void main(String[] args) {
        database = Path.of(args[0]);
        language = Language.fromCode(args[1]);
        tab = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Application.launch(Shown.class, args);
    }

    /** The window, as the application shows it. */
    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) {
            boolean fresh = !Files.exists(database);
            OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(database),
                    Actor.named("marie.leclerc"));
            if (fresh) {
                DemoData.generate(office, 1, DemoData.DEFAULT_SEED);
                DemoAdvocacy.generate(office, DemoData.DEFAULT_SEED);
            }
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            FxTaskExecutor executor = new FxTaskExecutor();
            AppServices services = new AppServices(office, executor, DesktopPreferences.inMemory(),
                    new Localizer(language), "marie.leclerc@bureau", uri -> { });
            MainWindow window = new MainWindow(services, new CoreExportWriters(office));
            stage.setScene(new Scene(window.root(), 1280, 800));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            window.show(Section.ADVOCACY);
            ((TabPane) window.root().lookup("#advocacyPage").lookup(".tab-pane")).getSelectionModel().select(tab);
        }
    }
}
