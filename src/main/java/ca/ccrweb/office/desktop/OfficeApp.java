package ca.ccrweb.office.desktop;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.db.Backups;
import ca.ccrweb.office.core.db.DataFolder;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.security.Session;
import ca.ccrweb.office.core.security.SignedIn;
import ca.ccrweb.office.desktop.security.PasswordGate;
import ca.ccrweb.office.desktop.security.SignInView;
import ca.ccrweb.office.desktop.security.SignInViewModel;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.common.DesktopPreferences;
import ca.ccrweb.office.desktop.common.CoreExportWriters;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportWriters;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.WindowBounds;
import ca.ccrweb.office.desktop.shell.MainWindow;
import ca.ccrweb.office.desktop.shell.Section;
import ca.ccrweb.office.desktop.shell.StartupFault;
import ca.ccrweb.office.desktop.shell.StartupFaultDialog;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Parent;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The desktop application. Opens the database in the background (creating and migrating it at the first
 * start), then shows the main window where it was last time, in the language chosen last time.
 */
public final class OfficeApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(OfficeApp.class);
    private static final String DATABASE_PARAMETER = "database";

    private DesktopPreferences preferences;
    private Localizer localizer;
    private FxTaskExecutor executor;
    private MainWindow mainWindow;
    private Opened opened;
    private long lastActivity = System.nanoTime();
    private OfficeServices office;
    private WindowBounds normalBounds;
    private Stage stage;

    /** Called by the command-line launcher when no command is given. The option may be null. */
    public static void launchDesktop(String databaseOption) {
        String[] arguments = databaseOption == null || databaseOption.isBlank() ? new String[0]
                : new String[]{"--" + DATABASE_PARAMETER + "=" + databaseOption};
        Application.launch(OfficeApp.class, arguments);
    }

    @Override
    public void init() {
        preferences = DesktopPreferences.load(DataFolder.resolve().resolve(DesktopPreferences.FILE_NAME));
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        localizer = new Localizer(preferences.language().orElse(Language.of(Locale.getDefault())));
        executor = new FxTaskExecutor();
        stage.titleProperty().bind(localizer.text("app.title"));
        stage.setScene(new Scene(openingPane(), 1440, 900));
        stage.getScene().getStylesheets().add(StyleClasses.STYLESHEET);
        placeWindow();
        stage.show();

        String option = getParameters().getNamed().get(DATABASE_PARAMETER);
        open(() -> DatabaseSettings.resolve(option, System.getenv(), DataFolder.resolve()));
    }

    /** Opens the database in the background; a failure says what happened and what may be done about it. */
    private void open(Callable<DatabaseSettings> settingsSource) {
        open(settingsSource, false);
    }

    /** @param existingOnly a file staff chose: refused, never made into a new database, when empty */
    private void open(Callable<DatabaseSettings> settingsSource, boolean existingOnly) {
        stage.getScene().setRoot(openingPane());
        AtomicReference<DatabaseSettings> settings = new AtomicReference<>();
        executor.run(() -> {
            settings.set(settingsSource.call());
            Session session = new Session();
            OfficeServices opened = existingOnly ? OfficeServices.openExisting(settings.get(), session)
                    : OfficeServices.open(settings.get(), session);
            return new Opened(opened, session, opened.staff().needsFirstAdministrator());
        }, this::showSignIn, failure -> openingFailed(failure, settings.get()));
    }

    private VBox openingPane() {
        ProgressIndicator spinner = new ProgressIndicator();
        Label opening = new Label();
        opening.textProperty().bind(localizer.text("shell.opening"));
        opening.getStyleClass().add(Styles.TEXT_MUTED);
        VBox pane = new VBox(16, spinner, opening);
        pane.setAlignment(Pos.CENTER);
        return pane;
    }

    /** The database opened, the session nobody has signed in to yet, and whether this is the very first start. */
    private record Opened(OfficeServices office, Session session, boolean firstStart) {
    }

    /** Nothing of the office's data shows before someone signs in (at the first start: makes the administrator). */
    private void showSignIn(Opened opened) {
        office = opened.office();
        this.opened = opened;
        SignInViewModel signIn = new SignInViewModel(opened.office().staff(), opened.firstStart(), executor, localizer,
                signedIn -> passwordGate().pass(signedIn, person -> {
                    opened.session().start(person);
                    showMainWindow(opened, person);
                }, () -> showDoor(null)));
        stage.getScene().setRoot(new SignInView(signIn, localizer).root());
        watchIdleTime();
    }

    /** Sign out: unsaved edits are asked about first; then the door again, for anyone. */
    private void signOut() {
        if (mainWindow != null && mainWindow.confirmClose()) {
            opened.session().end();
            opened.office().cases().lock();
            mainWindow.dispose();
            mainWindow = null;
            showDoor(null);
        }
    }

    /**
     * After the minutes of {@code lock.idleMinutes} (desktop.properties) without a key or a click the window locks: the same person signs in
     * again to find the screen as they left it (unsaved edits included); someone else gets a fresh window.
     */
    private void watchIdleTime() {
        stage.getScene().addEventFilter(InputEvent.ANY, event -> lastActivity = System.nanoTime());
        long idleLimit = TimeUnit.MINUTES.toNanos(preferences.idleLockMinutes());
        Timeline check = new Timeline(new KeyFrame(Duration.seconds(30), event -> {
            boolean idle = System.nanoTime() - lastActivity > idleLimit;
            if (idle && mainWindow != null && opened.session().current().isPresent()) {
                lock();
            }
        }));
        check.setCycleCount(Animation.INDEFINITE);
        check.play();
    }

    private void lock() {
        SignedIn who = opened.session().current().orElseThrow();
        opened.session().end();
        opened.office().cases().lock();
        if (mainWindow != null) {
            mainWindow.dispose();
        }
        showDoor(new Locked(who.user().id(), stage.getScene().getRoot()));
    }

    private record Locked(long userId, Parent screen) {
    }

    private void showDoor(Locked locked) {
        SignInViewModel signIn = new SignInViewModel(opened.office().staff(), false, executor, localizer,
                signedIn -> passwordGate().pass(signedIn, person -> {
                    opened.session().start(person);
                    if (locked != null && locked.userId() == person.user().id()) {
                        stage.getScene().setRoot(locked.screen());
                        if (mainWindow != null) {
                            mainWindow.resume(stage.getScene());
                        }
                    } else {
                        showMainWindow(opened, person);
                    }
                }, () -> showDoor(locked)));
        stage.getScene().setRoot(new SignInView(signIn, localizer).root());
    }

    /** A person signed in with a temporary password chooses their own before the main window. */
    private PasswordGate passwordGate() {
        return new PasswordGate(opened.office().staff(), executor, localizer, root -> stage.getScene().setRoot(root));
    }

    private void showMainWindow(Opened opened, SignedIn signedIn) {
        if (mainWindow != null) {
            mainWindow.dispose();
        }
        AppServices services = new AppServices(opened.office(), executor, preferences, localizer,
                signedIn.user().username(), getHostServices()::showDocument);
        ExportWriters writers = new CoreExportWriters(office);
        mainWindow = new MainWindow(services, writers);
        mainWindow.setOnSignOut(this::signOut);
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> mainWindow.feedback().showError(error));
        stage.getScene().setRoot(mainWindow.root());
        mainWindow.installShortcuts(stage.getScene());
        stage.setOnCloseRequest(event -> {
            if (!mainWindow.confirmClose()) {
                event.consume();
            }
        });
        mainWindow.show(Section.DASHBOARD);
    }

    /**
     * The database could not be opened: the dialog says why and that the file was left as it was, then offers
     * to restore a backup (for a damaged or foreign file, which is set aside unchanged), to open another
     * database file, or to close.
     */
    private void openingFailed(Throwable failure, DatabaseSettings settings) {
        if (failure instanceof OfficeException refusal) {
            LOG.warn("The database could not be opened: {}", refusal.getMessage());
        } else {
            LOG.error("The database could not be opened", failure);
        }
        StartupFault fault = StartupFault.of(failure, settings, Clock.systemDefaultZone());
        StartupFaultDialog dialog = new StartupFaultDialog(new Dialogs(localizer, () -> stage));
        switch (dialog.ask(fault)) {
            case RESTORE_BACKUP -> dialog.chooseBackup(fault).ifPresentOrElse(
                    backup -> restoreThenOpen(settings, backup), () -> openingFailed(failure, settings));
            case OPEN_ANOTHER_FILE -> chooseAnotherFile().ifPresentOrElse(
                    file -> open(() -> DatabaseSettings.sqliteFile(file), true), () -> openingFailed(failure, settings));
            case CLOSE -> Platform.exit();
        }
    }

    private void restoreThenOpen(DatabaseSettings settings, Path backup) {
        stage.getScene().setRoot(openingPane());
        executor.run(() -> Backups.configured(settings, Clock.systemDefaultZone()).setAsideAndRestore(backup),
                setAside -> {
                    LOG.info("The database file was set aside as {} and the backup {} restored", setAside, backup);
                    open(() -> settings);
                }, failure -> {
                    Dialogs dialogs = new Dialogs(localizer, () -> stage);
                    dialogs.error(localizer.get("shell.fault.restoreFailed"), failure instanceof OfficeException refusal
                            ? refusal.localizedMessage(localizer.messages()) : String.valueOf(failure.getMessage()));
                    open(() -> settings);
                });
    }

    private Optional<Path> chooseAnotherFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(localizer.get("shell.fault.chooseFile.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(localizer.get("shell.fault.chooseFile.kind"),
                "*.db"));
        File chosen = chooser.showOpenDialog(stage);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    /** Puts the window where it was, when that place is still on a screen; else centred at a default size. */
    private void placeWindow() {
        preferences.windowBounds().filter(bounds -> !Screen.getScreensForRectangle(bounds.x(), bounds.y(),
                bounds.width(), bounds.height()).isEmpty()).ifPresentOrElse(bounds -> {
                    stage.setX(bounds.x());
                    stage.setY(bounds.y());
                    stage.setWidth(bounds.width());
                    stage.setHeight(bounds.height());
                    stage.setMaximized(bounds.maximized());
                    normalBounds = bounds;
                }, () -> {
                    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
                    stage.setWidth(Math.min(1440, screen.getWidth()));
                    stage.setHeight(Math.min(900, screen.getHeight()));
                    stage.centerOnScreen();
                });
        stage.xProperty().addListener(observable -> rememberNormalBounds());
        stage.yProperty().addListener(observable -> rememberNormalBounds());
        stage.widthProperty().addListener(observable -> rememberNormalBounds());
        stage.heightProperty().addListener(observable -> rememberNormalBounds());
    }

    /** The size and place before maximizing, so that un-maximizing next time gives them back. */
    private void rememberNormalBounds() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            normalBounds = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    @Override
    public void stop() {
        if (normalBounds != null && stage != null) {
            preferences.setWindowBounds(new WindowBounds(normalBounds.x(), normalBounds.y(), normalBounds.width(),
                    normalBounds.height(), stage.isMaximized()));
        }
        try {
            // The application is closing: nothing is left to keep responsive, so the file is written here.
            preferences.save();
        } catch (IOException e) {
            LOG.warn("Desktop preferences could not be saved", e);
        }
        if (executor != null) {
            executor.shutdown();
        }
        if (office != null) {
            office.close();
        }
    }
}
