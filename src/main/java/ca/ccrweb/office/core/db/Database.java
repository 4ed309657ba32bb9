package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.common.OfficeException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
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
        if (settings.engine() == Engine.SQLITE && hasPendingMigrationsOnExistingData(flyway)) {
            migrateACopyThenSwap(settings, migrationLocations);
        } else {
            migrate(flyway);
        }
        return new Database(settings, dataSource);
    }

    private static DataSource sqlite(DatabaseSettings settings) {
        Path file = settings.sqliteFile();
        SqliteFileCheck.verify(file);
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new OfficeException(e, "database.error.cannotCreateFolder", file.getParent());
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

    private static void verifyConnection(DatabaseSettings settings, DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.getMetaData();
        } catch (SQLException e) {
            throw new OfficeException(e, "database.error.cannotOpen", settings.displayName(), e.getMessage());
        }
    }

    private static Flyway flyway(DataSource dataSource, String... locations) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(locations)
                .loggers("slf4j")
                .load();
    }

    private static void migrate(Flyway flyway) {
        try {
            flyway.migrate();
        } catch (FlywayException e) {
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
