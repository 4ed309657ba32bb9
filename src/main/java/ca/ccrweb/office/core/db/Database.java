package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.common.ApplicationVersion;
import ca.ccrweb.office.core.common.OfficeException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationInfoService;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The open database: SQLite embedded by default, PostgreSQL when configured. Migrated on open.
 * Services run their work in {@link #transaction}; repositories call {@link #dsl()}, which joins the
 * transaction running on this thread, so one service may call another inside a single transaction.
 */
public final class Database {
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;
    private static final String MIGRATIONS = "classpath:db/migration";

    private final DatabaseSettings settings;
    private final DSLContext root;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    private Database(DatabaseSettings settings, DataSource dataSource) {
        this.settings = settings;
        this.root = DSL.using(dataSource, settings.engine().dialect(),
                new Settings().withExecuteLogging(false).withRenderSchema(false));
    }

    /** Opens the database, creating and migrating it when needed. */
    public static Database open(DatabaseSettings settings) {
        return open(settings, new String[0]);
    }

    /**
     * Opens a database that must hold the office's data already: a SQLite file that does not exist, is empty or
     * holds no table is refused instead of being made into a new database (a mistyped path stays a mistake).
     */
    public static Database openExisting(DatabaseSettings settings) {
        if (settings.engine() == Engine.SQLITE) {
            CandidateDatabase.requireData(settings.sqliteFile());
        }
        return open(settings);
    }

    /**
     * Opens with the migrations every engine shares, those of this engine (db/vendor/sqlite or
     * db/vendor/postgresql: triggers and functions differ), and any extra locations (tests).
     */
    static Database open(DatabaseSettings settings, String... extraLocations) {
        String[] migrationLocations = new String[extraLocations.length + 2];
        migrationLocations[0] = MIGRATIONS;
        migrationLocations[1] = "classpath:db/vendor/" + settings.engine().name().toLowerCase(java.util.Locale.ROOT);
        System.arraycopy(extraLocations, 0, migrationLocations, 2, extraLocations.length);
        DataSource dataSource = switch (settings.engine()) {
            case SQLITE -> sqlite(settings);
            case POSTGRESQL -> postgresql(settings);
        };
        verifyConnection(settings, dataSource);
        Flyway flyway = flyway(dataSource, migrationLocations);
        refuseNewerSchema(flyway, settings.displayName());
        if (settings.engine() == Engine.SQLITE && hasPendingMigrationsOnExistingData(flyway)) {
            migrateACopyThenSwap(settings, migrationLocations);
        } else {
            migrate(flyway);
        }
        return new Database(settings, dataSource);
    }

    private static DataSource sqlite(DatabaseSettings settings) {
        Path file = settings.sqliteFile();
        NetworkShares.refuseIfRemote(file);
        CandidateDatabase.inspectExisting(file);
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new OfficeException(e, "database.error.cannotCreateFolder", file.getParent());
        }
        // SQLite writes its -wal and -shm beside the file: a file or folder the system keeps from being written
        // (read-only volume, immutable file, no permission) is said so before SQLite fails less clearly.
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new OfficeException("database.error.readOnly", file);
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw new OfficeException("database.error.readOnlyFolder", file, folder);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // Writers take the write lock when they begin, so two writers wait for each other instead of
        // failing halfway through a transaction.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setDateClass(SQLiteConfig.DateClass.TEXT.getValue());
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(settings.jdbcUrl());
        return dataSource;
    }

    private static DataSource postgresql(DatabaseSettings settings) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(settings.jdbcUrl());
        if (settings.user() != null) {
            dataSource.setUser(settings.user());
        }
        if (settings.password() != null) {
            dataSource.setPassword(settings.password());
        }
        dataSource.setConnectTimeout(10);
        return dataSource;
    }

    /**
     * A connection, and on SQLite the write lock taken and given back at once: another program in the middle of
     * a write (its WAL transaction or its rollback journal) is found here, in a few seconds, and named as such.
     */
    private static void verifyConnection(DatabaseSettings settings, DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.getMetaData();
            if (settings.engine() == Engine.SQLITE) {
                try (java.sql.Statement statement = connection.createStatement()) {
                    statement.execute("BEGIN IMMEDIATE");
                    statement.execute("ROLLBACK");
                }
            }
        } catch (SQLException e) {
            if (settings.engine() == Engine.SQLITE) {
                throw SqliteFaults.refusal(e, settings.sqliteFile());
            }
            throw new OfficeException(e, "database.error.cannotOpen", settings.displayName(), e.getMessage());
        }
    }

    private static Flyway flyway(DataSource dataSource, String... locations) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(locations)
                .installedBy(signature())
                .loggers("slf4j")
                .load();
    }

    /** Written in the migration history: a later version can tell which version of the application made a file. */
    private static String signature() {
        return ApplicationVersion.SIGNATURE_PREFIX + ApplicationVersion.current();
    }

    /**
     * A database whose migration history goes beyond the migrations of this build was made by a newer version
     * of the application: refused before anything writes to it, naming that version when the history says it.
     */
    static void refuseNewerSchema(DataSource dataSource, Engine engine, String displayName) {
        refuseNewerSchema(flyway(dataSource, MIGRATIONS,
                "classpath:db/vendor/" + engine.name().toLowerCase(java.util.Locale.ROOT)), displayName);
    }

    private static void refuseNewerSchema(Flyway flyway, String displayName) {
        MigrationInfo newest = null;
        try {
            for (MigrationInfo applied : flyway.info().applied()) {
                if (applied.getState() == MigrationState.FUTURE_SUCCESS
                        || applied.getState() == MigrationState.FUTURE_FAILED) {
                    newest = applied;
                }
            }
        } catch (FlywayException e) {
            throw new OfficeException(e, "database.error.cannotOpen", displayName, e.getMessage());
        }
        if (newest == null) {
            return;
        }
        String installedBy = newest.getInstalledBy();
        if (installedBy != null && installedBy.startsWith(ApplicationVersion.SIGNATURE_PREFIX)) {
            throw new OfficeException("database.error.newerVersion", displayName, ApplicationVersion.shortForm(
                    installedBy.substring(ApplicationVersion.SIGNATURE_PREFIX.length()).strip()));
        }
        throw new OfficeException("database.error.newerSchema", displayName, newest.getVersion().getVersion());
    }

    private static void migrate(Flyway flyway) {
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            if (SqliteFaults.isLocked(e)) {
                throw new OfficeException(e, "database.error.lockedWhileUpdating");
            }
            throw new OfficeException(e, "database.error.migrationFailed", e.getMessage());
        }
    }

    private static boolean hasPendingMigrationsOnExistingData(Flyway flyway) {
        MigrationInfoService info = flyway.info();
        return info.applied().length > 0 && info.pending().length > 0;
    }

    /**
     * An existing SQLite database is never migrated in place: it is first copied into the backup folder,
     * the copy is migrated, and only a copy that migrated completely replaces the file. A failed migration
     * leaves the original file exactly as it was.
     */
    private static void migrateACopyThenSwap(DatabaseSettings settings, String... locations) {
        Path file = settings.sqliteFile().toAbsolutePath();
        Path backup = Backups.beforeMigration(settings).backupNow();
        Path staging = file.resolveSibling(file.getFileName() + ".migrating");
        try {
            Files.copy(backup, staging, StandardCopyOption.REPLACE_EXISTING);
            SQLiteDataSource stagingSource = (SQLiteDataSource) sqlite(DatabaseSettings.sqliteFile(staging));
            migrate(flyway(stagingSource, locations));
            checkpoint(stagingSource);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
            Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new OfficeException(e, "database.error.migrationFailed", e.getMessage());
        } finally {
            deleteQuietly(staging);
            deleteQuietly(staging.resolveSibling(staging.getFileName() + "-wal"));
            deleteQuietly(staging.resolveSibling(staging.getFileName() + "-shm"));
        }
    }

    private static void checkpoint(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            statement.execute("PRAGMA journal_mode=DELETE");
        } catch (SQLException e) {
            throw new OfficeException(e, "database.error.migrationFailed", e.getMessage());
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover staging file is harmless: the next migration replaces it
        }
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public Engine engine() {
        return settings.engine();
    }

    /**
     * SQLite's full integrity check and foreign key check (a damaged file is already refused at open);
     * on PostgreSQL, whose server keeps its own files sound, a round trip and the migration history.
     * Empty when all is well.
     */
    public java.util.List<String> integrityProblems() {
        java.util.List<String> problems = new java.util.ArrayList<>();
        if (engine() == Engine.SQLITE) {
            for (org.jooq.Record row : root.fetch("PRAGMA integrity_check")) {
                String verdict = String.valueOf(row.get(0));
                if (!"ok".equalsIgnoreCase(verdict)) {
                    problems.add(verdict);
                }
            }
            for (org.jooq.Record row : root.fetch("PRAGMA foreign_key_check")) {
                problems.add("foreign key: table " + row.get(0) + " row " + row.get(1) + " -> " + row.get(2));
            }
        } else {
            root.selectOne().fetch();
        }
        return problems;
    }

    /** The transaction running on this thread, or an auto-committing context outside one. */
    public DSLContext dsl() {
        DSLContext transaction = current.get();
        return transaction != null ? transaction : root;
    }

    public <T> T transaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return root.transactionResult(configuration -> {
            current.set(configuration.dsl());
            try {
                return work.get();
            } finally {
                current.remove();
            }
        });
    }

    public void transaction(Runnable work) {
        transaction(() -> {
            work.run();
            return null;
        });
    }
}
