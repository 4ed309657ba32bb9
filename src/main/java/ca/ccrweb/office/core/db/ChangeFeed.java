package ca.ccrweb.office.core.db;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What the other workstations change, heard as they commit it. On PostgreSQL one connection of its own (outside the
 * pool) LISTENs on {@code ccr_office_changes}, which the triggers of migration V16_1 NOTIFY with the table's name at
 * each commit that inserted, changed or deleted an editable record; listeners hear the set of tables changed, on the
 * feed's thread. A lost connection is made again (and listeners then hear {@link #EVERYTHING}: changes made while
 * nobody listened are unknown). SQLite serves one workstation: its feed never speaks.
 */
public final class ChangeFeed implements AutoCloseable {
    /** Told after the feed reconnected: anything may have changed. */
    public static final String EVERYTHING = "*";
    private static final String CHANNEL = "ccr_office_changes";
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    private final DatabaseSettings settings;
    private final List<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private Thread thread;

    ChangeFeed(DatabaseSettings settings) {
        this.settings = settings;
    }

    /** Calls {@code listener} with the tables another workstation changed; closing the result stops it. */
    public synchronized AutoCloseable subscribe(Consumer<Set<String>> listener) {
        listeners.add(listener);
        if (thread == null && settings.engine() == Engine.POSTGRESQL && !closed) {
            thread = Thread.ofPlatform().daemon().name("ccr-office-changes").start(this::listen);
        }
        return () -> listeners.remove(listener);
    }

    private void listen() {
        boolean reconnecting = false;
        while (!closed) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                if (reconnecting) {
                    tell(Set.of(EVERYTHING));
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notifications = postgres.getNotifications(1_000);
                    if (notifications != null && notifications.length > 0) {
                        Set<String> tables = new HashSet<>();
                        for (PGNotification notification : notifications) {
                            tables.add(notification.getParameter());
                        }
                        tell(tables);
                    }
                }
            } catch (SQLException e) {
                LOG.info("Listening to the other workstations' changes failed; trying again: {}", e.getMessage());
                reconnecting = true;
                pause();
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "CCR Office (changes)");
        return DriverManager.getConnection(settings.jdbcUrl(), properties);
    }

    private void tell(Set<String> tables) {
        for (Consumer<Set<String>> listener : listeners) {
            try {
                listener.accept(Set.copyOf(tables));
            } catch (RuntimeException e) {
                LOG.warn("A list could not follow another workstation's change", e);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        listeners.clear();
        if (thread != null) {
            thread.interrupt();
        }
    }
}
