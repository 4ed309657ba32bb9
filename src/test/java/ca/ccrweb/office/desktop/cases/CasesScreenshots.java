package ca.ccrweb.office.desktop.cases;

import atlantafx.base.theme.PrimerLight;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.demo.DemoCases;
import ca.ccrweb.office.core.demo.DemoData;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.security.Role;
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
 * Shows the Cases section over the demo data at 1280×800, for looking at it (screenshots taken from outside with
 * ImageMagick under Xvfb). Arguments: a database file, fr or en, the role (CASEWORKER, with the demo's
 * passphrase already typed, or STAFF), and "locked" to leave the passphrase to type.
 */
public final class CasesScreenshots {
    private static Path database;
    private static Language language;
    private static Role role;
    private static boolean locked;

    public static void main(String[] args) {
        database = Path.of(args[0]);
        language = Language.fromCode(args[1]);
        role = args.length > 2 ? Role.valueOf(args[2]) : Role.CASEWORKER;
        locked = args.length > 3 && args[3].equals("locked");
        Application.launch(Shown.class, args);
    }

    /** The window, as the application shows it. */
    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) {
            boolean fresh = !Files.exists(database);
            if (fresh) {
                OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(database),
                        Actor.named("demo"));
                DemoData.generate(office, 1, DemoData.DEFAULT_SEED);
                DemoCases.generate(office);
                office.close();
            }
            OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(database), new Actor() {
                @Override
                public String name() {
                    return "amina.caseworker";
                }

                @Override
                public Role role() {
                    return role;
                }
            });
            if (role == Role.CASEWORKER && !locked) {
                office.cases().unlock(DemoCases.PASSPHRASE.toCharArray());
            }
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            FxTaskExecutor executor = new FxTaskExecutor();
            AppServices services = new AppServices(office, executor, DesktopPreferences.inMemory(),
                    new Localizer(language), "amina@bureau", uri -> { });
            MainWindow window = new MainWindow(services, new CoreExportWriters(office));
            stage.setScene(new Scene(window.root(), 1280, 800));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            window.show(Section.CASES);
        }
    }
}
