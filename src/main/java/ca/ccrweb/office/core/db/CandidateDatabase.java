package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.common.OfficeException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one check of a SQLite file before the application uses it: restoring a backup, opening another file,
 * opening the database at start-up. In order: a regular file that can be read; not empty; SQLite's header;
 * SQLite's own {@code quick_check}; our schema (Flyway's history and our tables); a schema version this build
 * knows. Nothing here writes to the file: when a {@code -wal} or {@code -journal} lies beside it (a copy of
 * the application stopped between a commit and its checkpoint, or killed in a transaction), the checks run
 * on a private copy of the file with its companion, which SQLite recovers as it would the file itself, so
 * a file SQLite can recover is never called damaged.
 */
public final class CandidateDatabase {
    /** What a file that passed holds: data of ours, or nothing yet (a new database, at a first start only). */
    public enum Content { OFFICE_DATA, NOTHING }

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    /** Tables every version of the application has had since the first: a file without them is not ours. */
    private static final List<String> OUR_TABLES = List.of("organization", "account", "province_region");
    private static final String HISTORY = "flyway_schema_history";

    private CandidateDatabase() {
    }

    /**
     * For a file chosen to replace or stand in for the database (a backup to restore, another file to open):
     * it must hold CCR Office data of a version this build knows. Refused with a message otherwise.
     */
    public static void verify(Path file) {
        if (!Files.exists(file)) {
            throw new OfficeException("database.error.missing", file);
        }
        if (inspect(file) == Content.NOTHING) {
            throw new OfficeException("database.error.empty", file);
        }
    }

    /** For a database a command is to work on: it must exist and hold something; the rest is checked at opening. */
    public static void requireData(Path file) {
        if (!Files.exists(file)) {
            throw new OfficeException("database.error.missing", file);
        }
        try {
            if (Files.isRegularFile(file) && Files.size(file) == 0) {
                throw new OfficeException("database.error.empty", file);
            }
        } catch (IOException e) {
            throw new OfficeException(e, "database.error.notReadable", file);
        }
    }

    /**
     * For the database about to be opened: a missing file, an empty one (0 bytes) or a SQLite file without
     * a single table is a new database ({@link Content#NOTHING}); anything else must pass every check.
     */
    static Content inspectExisting(Path file) {
        return Files.exists(file) ? inspect(file) : Content.NOTHING;
    }

    private static Content inspect(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new OfficeException("database.error.notAFile", file);
            }
            if (!Files.isReadable(file)) {
                throw new OfficeException("database.error.notReadable", file);
            }
            long size = Files.size(file);
            if (size == 0) {
                return Content.NOTHING;
            }
            Path companion = companion(file);
            checkHeader(file, size, companion != null);
            if (companion == null) {
                return checkWithSqlite(file, readOnly(file), file);
            }
            Path folder = Files.createTempDirectory("ccr-office-check");
            try {
                Path copy = folder.resolve("candidate.db");
                Files.copy(file, copy);
                Files.copy(companion, folder.resolve("candidate.db" + companion.getFileName().toString()
                        .substring(file.getFileName().toString().length())));
                SQLiteDataSource recovering = new SQLiteDataSource();
                recovering.setUrl("jdbc:sqlite:" + copy);
                return checkWithSqlite(copy, recovering, file);
            } finally {
                deleteTree(folder);
            }
        } catch (IOException e) {
            throw new OfficeException(e, "database.error.notReadable", file);
        }
    }

    /** The {@code -wal} or {@code -journal} beside the file, when it holds anything. */
    private static Path companion(Path file) throws IOException {
        for (String suffix : List.of("-wal", "-journal")) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            if (Files.isRegularFile(side) && Files.size(side) > 0) {
                return side;
            }
        }
        return null;
    }

    private static void checkHeader(Path file, long size, boolean hasCompanion) throws IOException {
        byte[] header = new byte[HEADER_SIZE];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, HEADER_SIZE);
        }
        if (read < HEADER_SIZE) {
            throw new OfficeException("database.error.notSqlite", file);
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (header[i] != MAGIC[i]) {
                throw new OfficeException("database.error.notSqlite", file);
            }
        }
        if (hasCompanion) {
            // The header's page count may be that of pages still in the -wal: SQLite decides, on the copy.
            return;
        }
        ByteBuffer fields = ByteBuffer.wrap(header);
        int rawPageSize = Short.toUnsignedInt(fields.getShort(16));
        long pageSize = rawPageSize == 1 ? 65_536 : rawPageSize;
        long changeCounter = Integer.toUnsignedLong(fields.getInt(24));
        long pageCount = Integer.toUnsignedLong(fields.getInt(28));
        long validFor = Integer.toUnsignedLong(fields.getInt(92));
        boolean pageCountValid = pageCount > 0 && changeCounter == validFor;
        if (pageCountValid && size < pageCount * pageSize) {
            throw new OfficeException("database.error.truncated", file);
        }
    }

    private static SQLiteDataSource readOnly(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout(1_000);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    /** Runs SQLite's checks on {@code checked} (the file or its copy); messages name {@code file}. */
    private static Content checkWithSqlite(Path checked, SQLiteDataSource dataSource, Path file) {
        Set<String> tables = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet result = statement.executeQuery("PRAGMA quick_check")) {
                String verdict = result.next() ? result.getString(1) : "no answer";
                if (!"ok".equalsIgnoreCase(verdict)) {
                    throw new OfficeException("database.error.damaged", file, verdict);
                }
            }
            try (ResultSet result = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (result.next()) {
                    tables.add(result.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        } catch (SQLException e) {
            throw SqliteFaults.refusal(e, file);
        }
        if (tables.isEmpty()) {
            return Content.NOTHING;
        }
        if (!tables.contains(HISTORY) || !tables.containsAll(OUR_TABLES)) {
            throw new OfficeException("database.error.notOurs", file);
        }
        // A history holding exactly this build's migrations is not newer: no need to start Flyway to say so.
        if (!SchemaHistory.matchesThisBuild(dataSource, Engine.SQLITE)) {
            Database.refuseNewerSchema(dataSource, Engine.SQLITE, file.toString());
        }
        return Content.OFFICE_DATA;
    }

    /** A copy of a SQLite file with its {@code -wal} (a file stopped between a commit and its checkpoint). */
    static void copyWithCompanions(Path file, Path target) throws IOException {
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        for (String suffix : List.of("-wal", "-journal")) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            Path targetSide = target.resolveSibling(target.getFileName() + suffix);
            if (Files.isRegularFile(side)) {
                Files.copy(side, targetSide, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(targetSide);
            }
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // a check copy left in the temporary folder holds nothing the file itself does not
        }
    }
}
