package ca.ccrweb.office.core.backup;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.db.Backups;
import ca.ccrweb.office.core.db.CandidateDatabase;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Backups and restores as people ask for them, from the desktop or the command line: only those whose role
 * holds {@link Permission#BACKUP_AND_RESTORE} (a copy of the database is all its personal data), and each one
 * in the audit trail. The application's own copies (the day's first start, before a migration) need no one's
 * permission and are not audited.
 */
public final class BackupService {
    private final Database database;
    private final Supplier<Backups> backups;
    private final AuditLog audit;
    private final Access access;

    /** @param backups the backups as configured now (folder, how many to keep); asked at each call */
    public BackupService(Database database, Supplier<Backups> backups, AuditLog audit, Access access) {
        this.database = database;
        this.backups = backups;
        this.audit = audit;
        this.access = access;
    }

    /** A copy in the backup folder, named by time; the oldest beyond the number kept are removed. */
    public Path backupNow() {
        access.require(Permission.BACKUP_AND_RESTORE, "BACKUP");
        Path copy = backups.get().backupNow();
        recorded("BACKUP", null, copy);
        return copy;
    }

    /**
     * A copy to a file of one's choosing (a USB key, another disk), replacing it, then checked as a restore
     * would check it: a copy that could not be restored is refused with the reason, never reported as saved.
     */
    public Path backupTo(Path target) {
        access.require(Permission.BACKUP_AND_RESTORE, "BACKUP");
        Path copy = backups.get().backupTo(target);
        CandidateDatabase.verify(copy);
        recorded("BACKUP", null, copy);
        return copy;
    }

    /**
     * Replaces the database's content with a backup's, after checking it and keeping the current content
     * aside in the backup folder. The audit line says what happened, not what was asked: written in the data
     * restored once it is in place (from which backup, where the previous data went), or, for a restore that
     * failed after it began, a FAILED line in the data left untouched; a file the check refuses writes nothing.
     * Returns the copy kept aside.
     */
    public Path restoreFrom(Path source) {
        access.require(Permission.BACKUP_AND_RESTORE, "RESTORE");
        Backups configured = backups.get();
        // A file refused by the check changes nothing and is not a restore: no line, as for any refused input.
        CandidateDatabase.verify(source);
        Path keptAside;
        try {
            keptAside = configured.restoreFrom(source);
        } catch (OfficeException refused) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("from", source.toAbsolutePath().toString());
            values.put("reason", refused.key());
            database.transaction(() -> audit.failed("RESTORE", "database", null, values));
            throw refused;
        }
        recorded("RESTORE", source, keptAside);
        return keptAside;
    }

    /** The day's automatic copy, made when none was made today: the application's own, for anyone signed in. */
    public Optional<Path> backupIfNoneToday() {
        return backups.get().backupIfNoneToday();
    }

    /** The copies in the backup folder, newest first. */
    public List<Path> list() {
        return backups.get().list();
    }

    public Path folder() {
        return backups.get().folder();
    }

    private void recorded(String action, Path source, Path copy) {
        Map<String, String> values = new LinkedHashMap<>();
        if (source != null) {
            values.put("from", source.toAbsolutePath().toString());
        }
        if (copy != null) {
            values.put(action.equals("RESTORE") ? "keptAside" : "file", copy.toAbsolutePath().toString());
        }
        database.transaction(() -> audit.changed(action, "database", null, null, values));
    }
}
