package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.common.ApplicationVersion;
import ca.ccrweb.office.core.common.OfficeException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationInfoService;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.impl.DefaultConfiguration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.sql.DatabaseMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
public final class Database implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;
    /** How long an action waits for the PostgreSQL server before it is told the server does not answer. */
    static final Duration SERVER_ANSWER_TIMEOUT = Duration.ofSeconds(10);
    /** The oldest PostgreSQL this version supports (Debian 12's), stated in the README. */
    static final int OLDEST_POSTGRESQL = 15;
    private static final String ALIVE_BYPASS_WINDOW = "com.zaxxer.hikari.aliveBypassWindowMs";
    private static final String MIGRATIONS = "classpath:db/migration";

    private final DatabaseSettings settings;
    private final DataSource dataSource;
    private final DSLContext root;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();
    private final ChangeFeed changes;

    private Database(DatabaseSettings settings, DataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.changes = new ChangeFeed(settings);
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(dataSource);
        configuration.set(settings.engine().dialect());
        configuration.set(new Settings().withExecuteLogging(false).withRenderSchema(false));
        if (settings.engine() == Engine.POSTGRESQL) {
            configuration.set(new ServerFaults(settings.displayName()));
        }
        this.root = DSL.using(configuration);
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
        return open(settings, SERVER_ANSWER_TIMEOUT, extraLocations);
    }

    /** Like {@link #open(DatabaseSettings, String...)}, waiting at most {@code answerWithin} for the server. */
    static Database open(DatabaseSettings settings, Duration answerWithin, String... extraLocations) {
        String[] migrationLocations = new String[extraLocations.length + 2];
        migrationLocations[0] = MIGRATIONS;
        migrationLocations[1] = "classpath:db/vendor/" + settings.engine().name().toLowerCase(Locale.ROOT);
        System.arraycopy(extraLocations, 0, migrationLocations, 2, extraLocations.length);
        DataSource dataSource = switch (settings.engine()) {
            case SQLITE -> sqlite(settings);
            case POSTGRESQL -> postgresql(settings, answerWithin);
        };
        try {
            verifyConnection(settings, dataSource);
            // The usual start: the history already holds this build's migrations, and Flyway is not loaded at all.
            if (extraLocations.length > 0 || !SchemaHistory.matchesThisBuild(dataSource, settings.engine())) {
                Flyway flyway = flyway(dataSource, migrationLocations);
                refuseNewerSchema(flyway, settings.displayName());
                if (settings.engine() == Engine.SQLITE && hasPendingMigrationsOnExistingData(flyway)) {
                    migrateACopyThenSwap(settings, migrationLocations);
                } else {
                    migrate(flyway);
                }
            }
        } catch (RuntimeException e) {
            closePool(dataSource);
            throw e;
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

    /**
     * A small pool sized for one person's desktop: a connection for the screen's work, one for background work
     * (exports, the lists following other workstations), a spare. Connections the server dropped (a restart, a
     * network cut) are found invalid when next taken and replaced; a server that does not answer within
     * {@code answerWithin} is reported in our words instead of the pool's (see {@link ServerFaults}).
     */
    private static DataSource postgresql(DatabaseSettings settings, Duration answerWithin) {
        // Every connection taken from the pool is checked first (a round trip of a fraction of a millisecond on the
        // office's network), not only those idle for half a second: a server restarted in less time than that
        // would otherwise hand the next action a connection it has already ended.
        if (System.getProperty(ALIVE_BYPASS_WINDOW) == null) {
            System.setProperty(ALIVE_BYPASS_WINDOW, "0");
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("ccr-office");
        config.setJdbcUrl(settings.jdbcUrl());
        if (settings.user() != null) {
            config.setUsername(settings.user());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(answerWithin.toMillis());
        config.setValidationTimeout(Math.min(3_000, Math.max(250, answerWithin.toMillis() / 2)));
        config.setIdleTimeout(Duration.ofMinutes(10).toMillis());
        config.setKeepaliveTime(Duration.ofMinutes(2).toMillis());
        config.setMaxLifetime(Duration.ofMinutes(30).toMillis());
        // The first connection is made by verifyConnection, which says in our words why it failed.
        config.setInitializationFailTimeout(-1);
        long seconds = Math.max(1, answerWithin.toSeconds());
        config.addDataSourceProperty("connectTimeout", seconds);
        config.addDataSourceProperty("loginTimeout", seconds);
        // A network cut leaves a read waiting forever without these: the longest statement (an export's
        // query) is far shorter than two minutes.
        config.addDataSourceProperty("socketTimeout", 120);
        config.addDataSourceProperty("tcpKeepAlive", true);
        config.addDataSourceProperty("ApplicationName", "CCR Office");
        return new AnsweringDataSource(new HikariDataSource(config), settings.displayName());
    }

    private static void closePool(DataSource dataSource) {
        if (dataSource instanceof AnsweringDataSource pool) {
            pool.close();
        }
    }

    /** Gives the pool's connections back to the server (nothing to do on SQLite, whose connections are per use). */
    @Override
    public void close() {
        changes.close();
        closePool(dataSource);
    }

    /** What other workstations change (PostgreSQL), for the open lists to follow. */
    public ChangeFeed changes() {
        return changes;
    }

    /**
     * A connection, and on SQLite the write lock taken and given back at once: another program in the middle of
     * a write (its WAL transaction or its rollback journal) is found here, in a few seconds, and named as such.
     */
    private static void verifyConnection(DatabaseSettings settings, DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            if (settings.engine() == Engine.POSTGRESQL && metaData.getDatabaseMajorVersion() < OLDEST_POSTGRESQL) {
                throw new OfficeException("database.error.serverTooOld", settings.displayName(),
                        metaData.getDatabaseProductVersion(), OLDEST_POSTGRESQL);
            }
            if (settings.engine() == Engine.SQLITE) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("BEGIN IMMEDIATE");
                    statement.execute("ROLLBACK");
                }
            }
        } catch (SQLException e) {
            if (settings.engine() == Engine.SQLITE) {
                throw SqliteFaults.refusal(e, settings.sqliteFile());
            }
            throw new OfficeException(e, "database.error.cannotOpen", settings.displayName(),
                    ServerFaults.innermostMessage(e));
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
                "classpath:db/vendor/" + engine.name().toLowerCase(Locale.ROOT)), displayName);
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
            if (ServerFaults.isConnectionLost(e)) {
                throw new OfficeException(e, "database.error.serverGoneWhileUpdating");
            }
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
             Statement statement = connection.createStatement()) {
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
    public List<String> integrityProblems() {
        List<String> problems = new ArrayList<>();
        if (engine() == Engine.SQLITE) {
            for (Record row : root.fetch("PRAGMA integrity_check")) {
                String verdict = String.valueOf(row.get(0));
                if (!"ok".equalsIgnoreCase(verdict)) {
                    problems.add(verdict);
                }
            }
            for (Record row : root.fetch("PRAGMA foreign_key_check")) {
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
        try {
            return root.transactionResult(configuration -> {
                current.set(configuration.dsl());
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
        } catch (DataAccessException e) {
            // the begin or the commit met a connection the server dropped: the server rolled the work back
            if (engine() == Engine.POSTGRESQL && ServerFaults.isConnectionLost(e)) {
                throw ServerFaults.notAnswering(e, settings.displayName());
            }
            throw e;
        }
    }

    public void transaction(Runnable work) {
        transaction(() -> {
            work.run();
            return null;
        });
    }
}
