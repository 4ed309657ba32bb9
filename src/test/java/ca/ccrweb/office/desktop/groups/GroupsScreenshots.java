package ca.ccrweb.office.desktop.groups;

import atlantafx.base.theme.PrimerLight;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
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

import java.nio.file.Path;

/**
 * Shows the Groups section over a database filled by {@code demo-data}, for the README's screenshots (taken from
 * outside with ImageMagick under Xvfb). Arguments: the database file, fr or en, and the tab (groups, executive,
 * resolutions, proposals).
 */
public final class GroupsScreenshots {
    private static Path database;
    private static Language language;
    private static GroupsViewModel.Tab tab;

    public static void main(String[] args) {
        database = Path.of(args[0]);
        language = Language.fromCode(args[1]);
        tab = GroupsViewModel.Tab.valueOf(args[2].toUpperCase(java.util.Locale.ROOT));
        Application.launch(Shown.class, args);
    }

    /** The window, as the application shows it. */
    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) {
            OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(database),
                    Actor.named("marie.leclerc"));
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            AppServices services = new AppServices(office, new FxTaskExecutor(), DesktopPreferences.inMemory(),
                    new Localizer(language), "marie.leclerc@bureau", uri -> { });
            MainWindow window = new MainWindow(services, new CoreExportWriters(office));
            stage.setScene(new Scene(window.root(), 1280, 800));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            window.show(Section.GROUPS);
            javafx.scene.Node page = window.root().lookup("#groupsPage");
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) page.lookup(".tab-pane");
            tabs.getSelectionModel().select(tab.ordinal());
        }
    }
}
