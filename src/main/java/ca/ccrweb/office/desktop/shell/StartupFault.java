package ca.ccrweb.office.desktop.shell;

import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.db.Backups;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.l10n.Messages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Why the database could not be opened at start-up, and what staff may do about it. A file that is damaged,
 * truncated or not a database may be replaced by a backup (the file itself is set aside unchanged); a file
 * another copy of the application or another program holds is never replaced, only another file chosen.
 *
 * @param refusal  the core's refusal, or null for an unexpected failure
 * @param failure  what happened, for the unexpected case
 * @param settings the database that was to be opened, or null when even the settings could not be read
 * @param backups  the copies in the backup folder, newest first, when restoring one is offered
 */
public record StartupFault(OfficeException refusal, Throwable failure, DatabaseSettings settings,
                           List<Path> backups) {
    /** What staff may choose in the dialog. */
    public enum Remedy { RESTORE_BACKUP, OPEN_ANOTHER_FILE, CLOSE }

    private static final Set<String> REPLACEABLE = Set.of("database.error.notSqlite", "database.error.damaged",
            "database.error.truncated", "database.error.notReadable", "database.error.notOurs");
    private static final Set<String> SAY_UNCHANGED_THEMSELVES = Set.of("database.error.notSqlite",
            "database.error.damaged", "database.error.truncated", "database.error.inUse",
            "database.error.migrationFailed", "database.error.notOurs", "database.error.newerVersion",
            "database.error.newerSchema", "database.error.readOnly", "database.error.readOnlyFolder",
            "database.error.cannotOpenFile", "database.error.diskFull", "database.error.lockedWhileUpdating",
            "database.error.empty", "database.error.missing");

    public StartupFault {
        backups = List.copyOf(backups);
    }

    /** Reads the failure; lists the backup folder only when the file may be replaced by a backup. */
    public static StartupFault of(Throwable failure, DatabaseSettings settings, Clock clock) {
        OfficeException refusal = failure instanceof OfficeException known ? known : null;
        List<Path> backups = List.of();
        if (refusal != null && settings != null && settings.sqliteFile() != null
                && REPLACEABLE.contains(refusal.key()) && Files.isRegularFile(settings.sqliteFile())) {
            try {
                backups = Backups.configured(settings, clock).list();
            } catch (OfficeException unreadableFolder) {
                backups = List.of();
            }
        }
        return new StartupFault(refusal, failure, settings, backups);
    }

    /** The choices, in the order the dialog shows them; Close is always there. */
    public List<Remedy> remedies() {
        List<Remedy> remedies = new ArrayList<>();
        if (!backups.isEmpty()) {
            remedies.add(Remedy.RESTORE_BACKUP);
        }
        remedies.add(Remedy.OPEN_ANOTHER_FILE);
        remedies.add(Remedy.CLOSE);
        return remedies;
    }

    /** The message in the language shown: the core's own words, or a plain word on the unexpected. */
    public String message(Messages messages) {
        if (refusal != null) {
            return refusal.localizedMessage(messages);
        }
        String what = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": "
                + failure.getMessage());
        return messages.get("shell.opening.unexpected", what);
    }

    /**
     * Whether the dialog should add that the file was left as it was: it was, whatever the fault, but some of
     * the core's messages say so already.
     */
    public boolean toldFileUnchanged() {
        return refusal != null && SAY_UNCHANGED_THEMSELVES.contains(refusal.key());
    }

    /** The backup folder, where the restore looks. */
    public Path backupFolder() {
        return backups.isEmpty() ? null : backups.getFirst().getParent();
    }
}
