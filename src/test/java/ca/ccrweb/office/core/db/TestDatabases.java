package ca.ccrweb.office.core.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real databases for tests: a SQLite file in the test's folder, or a fresh database on a real
 * PostgreSQL 17 server that the test run starts itself (once per JVM) from binaries on Maven Central.
 */
public final class TestDatabases {
    private static final AtomicInteger DATABASE_COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static DatabaseSettings settings(Engine engine, Path folder) {
        return switch (engine) {
            case SQLITE -> DatabaseSettings.sqliteFile(folder.resolve("office.db"));
            case POSTGRESQL -> freshPostgresDatabase();
        };
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                // Each set of services keeps a pooled connection open (ADR 0023), and one test JVM opens hundreds of
                // them, not all closed at once: PostgreSQL's default of 100 clients ran out in a full run.
                postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "400").start();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the server's folder is temporary
                }
            }));
        }
        return postgres;
    }

    private static DatabaseSettings freshPostgresDatabase() {
        EmbeddedPostgres server = server();
        String name = "office_test_" + DATABASE_COUNTER.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return new DatabaseSettings(server.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    /**
     * A PostgreSQL server of its own that a test may stop and start again under running services: same port, same
     * data folder (kept between starts), one database {@code office}.
     */
    public static RestartableServer restartableServer(Path folder) {
        return new RestartableServer(folder.resolve("pgdata"));
    }

    public static final class RestartableServer implements AutoCloseable {
        private final Path dataFolder;
        private int port;
        private EmbeddedPostgres running;

        private RestartableServer(Path dataFolder) {
            this.dataFolder = dataFolder;
            start();
            try (Connection connection = running.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE office");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the test database", e);
            }
        }

        public DatabaseSettings settings() {
            return new DatabaseSettings(running.getJdbcUrl("postgres", "office"), "postgres", "postgres");
        }

        public void start() {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dataFolder)
                        .setCleanDataDirectory(false);
                if (port != 0) {
                    builder.setPort(port);
                }
                running = builder.start();
                port = running.getPort();
                awaitConnections();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
            }
        }

        /** Back when the server accepts a connection of its own (not one of the pool under test). */
        private void awaitConnections() {
            SQLException last = null;
            for (int attempt = 0; attempt < 300; attempt++) {
                try (Connection connection = running.getPostgresDatabase().getConnection()) {
                    return;
                } catch (SQLException e) {
                    last = e;
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            throw new IllegalStateException("The restarted PostgreSQL server accepts no connection", last);
        }

        /** A fast shutdown: the server ends every session ("terminating connection due to administrator command"). */
        public void stop() {
            try {
                running.close();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL server did not stop", e);
            }
        }

        @Override
        public void close() {
            stop();
        }
    }
}
