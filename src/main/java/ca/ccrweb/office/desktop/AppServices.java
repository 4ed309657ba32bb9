package ca.ccrweb.office.desktop;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.accounts.AccountService;
import ca.ccrweb.office.core.backup.BackupService;
import ca.ccrweb.office.core.events.EventService;
import ca.ccrweb.office.core.events.PaymentService;
import ca.ccrweb.office.core.events.RegistrationService;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.core.security.Role;
import ca.ccrweb.office.core.security.Session;
import ca.ccrweb.office.core.security.SignedIn;
import ca.ccrweb.office.desktop.common.DesktopPreferences;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything the desktop's screens use, made once when the application starts and handed to each screen
 * by hand: the office's services, the background executor, the preferences and the words in use.
 */
public final class AppServices {
    private final OfficeServices office;
    private final TaskExecutor executor;
    private final DesktopPreferences preferences;
    private final Localizer localizer;
    private final String workstationUser;
    private final ObjectProperty<Optional<Instant>> lastBackup = new SimpleObjectProperty<>();
    private final Consumer<String> documentOpener;
    private final Runnable closeApplication;

    public AppServices(OfficeServices office, TaskExecutor executor, DesktopPreferences preferences,
                       Localizer localizer, String workstationUser, Consumer<String> documentOpener) {
        this(office, executor, preferences, localizer, workstationUser, documentOpener, Platform::exit);
    }

    /** @param closeApplication ends the application, as after a restore that replaced the database */
    public AppServices(OfficeServices office, TaskExecutor executor, DesktopPreferences preferences,
                       Localizer localizer, String workstationUser, Consumer<String> documentOpener,
                       Runnable closeApplication) {
        this.closeApplication = closeApplication;
        this.office = office;
        this.executor = executor;
        this.preferences = preferences;
        this.localizer = localizer;
        this.workstationUser = workstationUser;
        this.documentOpener = documentOpener;
    }

    public OfficeServices office() {
        return office;
    }

    public MembershipService membership() {
        return office.membership();
    }

    public AccountService accounts() {
        return office.accounts();
    }

    public EventService events() {
        return office.events();
    }

    public RegistrationService registrations() {
        return office.registrations();
    }

    public PaymentService payments() {
        return office.payments();
    }

    /** The person signed in, when the services act for a session (the screen tests act as a named administrator). */
    public Optional<SignedIn> signedIn() {
        return switch (office.access().actor()) {
            case Session session -> session.current();
            case SignedIn signedIn -> Optional.of(signedIn);
            default -> Optional.empty();
        };
    }

    /** The role the services check for whoever acts now. */
    public Role role() {
        return office.access().actor().role();
    }

    /** Whether whoever acts now may do this: screens hide what the role cannot do (the services refuse it anyway). */
    public boolean can(Permission permission) {
        return office.access().allows(permission);
    }

    /** Backups of the database file as configured (backup and restore for administrators); refused for a server database. */
    public BackupService backups() {
        return office.backups();
    }

    /** Ends the application; its usual stop closes the database and keeps the preferences. */
    public void closeApplication() {
        closeApplication.run();
    }

    public TaskExecutor executor() {
        return executor;
    }

    public DesktopPreferences preferences() {
        return preferences;
    }

    public Localizer localizer() {
        return localizer;
    }

    /** The database in use, without its password, as the status bar shows it. */
    public String databaseName() {
        return office.database().settings().displayName();
    }

    public String workstationUser() {
        return workstationUser;
    }

    /** Whether the database is a SQLite file the application backs up; a server database has its own tools. */
    public boolean backedUpByTheApplication() {
        return office.database().settings().sqliteFile() != null;
    }

    /**
     * Makes the day's automatic backup if none was made today, then tells when the newest backup was made.
     * File work: run it off the FX thread.
     */
    public Optional<Instant> backUpIfDueThenLastBackup() throws IOException {
        BackupService configured = backups();
        configured.backupIfNoneToday();
        List<Path> backups = configured.list();
        return backups.isEmpty() ? Optional.empty()
                : Optional.of(Files.getLastModifiedTime(backups.getFirst()).toInstant());
    }

    /** Switches the language of every screen now and remembers it for the next start. */
    /** When the last backup was made, for the status bar: null until known, empty when there is none. */
    public ObjectProperty<Optional<Instant>> lastBackupProperty() {
        return lastBackup;
    }

    public void switchLanguage(Language language, Consumer<Throwable> onFailure) {
        localizer.setLanguage(language);
        preferences.setLanguage(language);
        savePreferences(onFailure);
    }

    public void savePreferences(Consumer<Throwable> onFailure) {
        executor.run(() -> {
            preferences.save();
            return null;
        }, saved -> { }, onFailure);
    }

    /** Opens a file with the program the computer uses for it. */
    public void openDocument(Path file) {
        documentOpener.accept(file.toUri().toString());
    }
}
