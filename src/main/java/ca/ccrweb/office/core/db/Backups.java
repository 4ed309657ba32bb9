package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.common.OfficeException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Copies of the SQLite database made with SQLite's online backup, so a copy taken while the application
 * works is consistent. Automatic copies go to one folder, named by time, and only the newest
 * {@code keep} are kept. PostgreSQL databases are backed up with pg_dump instead (see the README).
 */
public final class Backups {
    public static final String PREFIX = "ccr-office-";
    public static final String SUFFIX = ".db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

    private final Path sqliteFile;
    private final Path folder;
    private final int keep;
    private final Clock clock;

    public Backups(DatabaseSettings settings, Path folder, int keep, Clock clock) {
        this.sqliteFile = settings.sqliteFile();
        this.folder = folder;
        this.keep = Math.max(1, keep);
        this.clock = clock;
    }

    /** The copies made before schema migrations: in the backups folder beside the database, never rotated away. */
    static Backups beforeMigration(DatabaseSettings settings) {
        return new Backups(settings, defaultFolder(settings).resolve("before-migrations"), Integer.MAX_VALUE, Clock.systemUTC());
    }

    /**
     * The backups as the office configured them in {@code settings.properties} of the data folder:
     * {@code backup.folder} (default: {@code backups} beside the database) and {@code backup.keep} (default 10).
     */
    public static Backups configured(DatabaseSettings settings, Clock clock) {
        if (settings.sqliteFile() == null) {
            throw new OfficeException("backup.error.postgresql");
        }
        Properties file = DatabaseSettings.readSettingsFile(DataFolder.resolve().resolve(DatabaseSettings.SETTINGS_FILE));
        String folder = file.getProperty("backup.folder");
        int keep;
        try {
            keep = Integer.parseInt(file.getProperty("backup.keep", "10").strip());
        } catch (NumberFormatException e) {
            throw new OfficeException(e, "backup.error.badKeep", file.getProperty("backup.keep"));
        }
        return new Backups(settings, folder == null || folder.isBlank() ? defaultFolder(settings) : Path.of(folder.strip()),
                keep, clock);
    }

    /** The usual backup folder: {@code backups} beside the database file. */
    public static Path defaultFolder(DatabaseSettings settings) {
        return settings.sqliteFile().toAbsolutePath().resolveSibling("backups");
    }

    public Path folder() {
        return folder;
    }

    /** Copies the database into {@code target}, replacing it. */
    public Path backupTo(Path target) {
        requireSqlite();
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path partial = partial(target);
            Files.deleteIfExists(partial);
            runOn(sqliteFile, "backup to " + quoted(partial));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new OfficeException(e, "backup.error.cannotWrite", target, e.getMessage());
        }
    }

    /** A time-stamped copy in the backup folder, then the oldest beyond {@code keep} are removed. */
    public Path backupNow() {
        removeLeftovers();
        Path target = backupNowWithoutRotating();
        rotate();
        return target;
    }

    private Path backupNowWithoutRotating() {
        return backupTo(freeName(LocalDateTime.now(clock).format(STAMP)));
    }

    /**
     * A name no copy has yet: copies made within the same second get {@code _002}, {@code _003} … after the
     * time, which still sort after the first of that second ('_' comes after '.'), so newest first holds.
     */
    private Path freeName(String stamp) {
        Path candidate = folder.resolve(PREFIX + stamp + SUFFIX);
        for (int n = 2; Files.exists(candidate) || Files.exists(partial(candidate)); n++) {
            candidate = folder.resolve(PREFIX + stamp + "_%03d".formatted(n) + SUFFIX);
        }
        return candidate;
    }

    private static Path partial(Path target) {
        return target.resolveSibling(target.getFileName() + ".part");
    }

    /** At most one automatic copy a day: made when none was made today. */
    public Optional<Path> backupIfNoneToday() {
        if (sqliteFile == null || !Files.exists(sqliteFile)) {
            return Optional.empty();
        }
        String today = PREFIX + LocalDate.now(clock);
        boolean doneToday = list().stream().anyMatch(path -> path.getFileName().toString().startsWith(today));
        return doneToday ? Optional.empty() : Optional.of(backupNow());
    }

    /**
     * Removes the partial copies ({@code ccr-office-….db.part}) that a backup killed half-way left in the folder:
     * only this running copy of the application backs up this database (its {@link InstanceLock}), so none of
     * them is being written.
     */
    public void removeLeftovers() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path leftover : files.filter(path -> {
                String name = path.getFileName().toString();
                return name.startsWith(PREFIX) && name.endsWith(SUFFIX + ".part");
            }).toList()) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            throw new OfficeException(e, "backup.error.cannotRotate", folder);
        }
    }

    /** The copies in the backup folder, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> {
                        String name = path.getFileName().toString();
                        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
                    })
                    .sorted(Comparator.comparing((Path path) -> path.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new OfficeException(e, "backup.error.cannotList", folder);
        }
    }

    /**
     * Replaces the database's content with a backup's. The backup is checked first, and the current
     * database is copied into the backup folder before anything is replaced. Returns that copy.
     * Old copies are rotated away only after the restore: the copy being restored may be the oldest.
     */
    public Path restoreFrom(Path source) {
        requireSqlite();
        CandidateDatabase.verify(source);
        Path safetyCopy = backupNowWithoutRotating();
        Path file = sqliteFile.toAbsolutePath();
        Path staging = file.resolveSibling(file.getFileName() + ".restoring");
        try {
            // A backup of an older version is brought up to date on a copy, as a database is at start-up.
            CandidateDatabase.copyWithCompanions(source, staging);
            Database.open(DatabaseSettings.sqliteFile(staging));
            runOn(sqliteFile, "restore from " + quoted(staging));
        } catch (IOException e) {
            throw new OfficeException(e, "backup.error.cannotWrite", staging, e.getMessage());
        } finally {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                try {
                    Files.deleteIfExists(staging.resolveSibling(staging.getFileName() + suffix));
                } catch (IOException ignored) {
                    // a leftover copy is replaced by the next restore
                }
            }
        }
        rotate();
        return safetyCopy;
    }

    /**
     * For a database file that cannot be opened (damaged, truncated, not a database), at start-up: the file and
     * its {@code -wal} and {@code -shm} companions are renamed aside unchanged ({@code <name>.set-aside-<time>}),
     * then a checked copy of the backup takes the file's place. Returns the file set aside. Nothing here opens
     * the unreadable file, so its bytes stay exactly as they were.
     */
    public Path setAsideAndRestore(Path backup) {
        requireSqlite();
        CandidateDatabase.verify(backup);
        Path file = sqliteFile.toAbsolutePath();
        try (InstanceLock ignored = InstanceLock.acquire(file)) {
            Path incoming = file.resolveSibling(file.getFileName() + ".restoring");
            Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
            String suffix = ".set-aside-" + LocalDateTime.now(clock).format(STAMP);
            Path setAside = file.resolveSibling(file.getFileName() + suffix);
            for (int n = 2; Files.exists(setAside); n++) {
                setAside = file.resolveSibling(file.getFileName() + suffix + "_" + n);
            }
            if (Files.exists(file)) {
                Files.move(file, setAside);
            }
            for (String companion : List.of("-wal", "-shm")) {
                Path side = file.resolveSibling(file.getFileName() + companion);
                if (Files.exists(side)) {
                    Files.move(side, setAside.resolveSibling(setAside.getFileName() + companion));
                }
            }
            Files.move(incoming, file, StandardCopyOption.ATOMIC_MOVE);
            return setAside;
        } catch (IOException e) {
            throw new OfficeException(e, "backup.error.cannotSetAside", file, e.getMessage());
        }
    }

    private void rotate() {
        List<Path> copies = list();
        for (Path old : copies.subList(Math.min(keep, copies.size()), copies.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new OfficeException(e, "backup.error.cannotRotate", old);
            }
        }
    }

    private void requireSqlite() {
        if (sqliteFile == null) {
            throw new OfficeException("backup.error.postgresql");
        }
    }

    private static void runOn(Path database, String command) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(command);
        } catch (SQLException e) {
            throw new OfficeException(e, "backup.error.failed", e.getMessage());
        }
    }

    private static String quoted(Path path) {
        String text = path.toAbsolutePath().toString();
        if (text.contains("\"")) {
            throw new OfficeException("backup.error.badPath", path);
        }
        return "\"" + text + "\"";
    }
}
