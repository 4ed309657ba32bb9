package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.common.OfficeException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Which database to open. In order of precedence: the {@code --database} option (a file path or a JDBC
 * URL), the environment ({@code CCR_OFFICE_DATABASE_URL}, {@code _USER}, {@code _PASSWORD}), the
 * settings file ({@code settings.properties} in the data folder: {@code database.url}, {@code .user},
 * {@code .password}), and last the embedded SQLite file {@code ccr-office.db} in the data folder.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password) {
    public static final String SETTINGS_FILE = "settings.properties";
    public static final String DEFAULT_DATABASE_FILE = "ccr-office.db";

    public Engine engine() {
        return Engine.ofUrl(jdbcUrl);
    }

    public static DatabaseSettings sqliteFile(Path file) {
        return new DatabaseSettings("jdbc:sqlite:" + file.toAbsolutePath(), null, null);
    }

    /** The SQLite file this points at, or null for a server database. */
    public Path sqliteFile() {
        return engine() == Engine.SQLITE ? Path.of(jdbcUrl.substring("jdbc:sqlite:".length())) : null;
    }

    /** A description without the password, for the status bar and messages. */
    public String displayName() {
        return engine() == Engine.SQLITE ? sqliteFile().toString() : jdbcUrl.replaceAll("password=[^&]*", "password=…");
    }

    public static DatabaseSettings resolve(String option, Map<String, String> environment, Path dataFolder)
            throws IOException {
        Properties file = readSettingsFile(dataFolder.resolve(SETTINGS_FILE));
        String user = firstPresent(environment.get("CCR_OFFICE_DATABASE_USER"), file.getProperty("database.user"));
        String password = firstPresent(environment.get("CCR_OFFICE_DATABASE_PASSWORD"),
                file.getProperty("database.password"));
        if (option != null && !option.isBlank()) {
            return fromOption(option.strip(), user, password);
        }
        String url = firstPresent(environment.get("CCR_OFFICE_DATABASE_URL"), file.getProperty("database.url"));
        if (url != null) {
            return fromOption(url, user, password);
        }
        return sqliteFile(dataFolder.resolve(DEFAULT_DATABASE_FILE));
    }

    private static DatabaseSettings fromOption(String option, String user, String password) {
        if (option.startsWith("jdbc:")) {
            Engine.ofUrl(option);
            return new DatabaseSettings(option, user, password);
        }
        return sqliteFile(Path.of(option));
    }

    static Properties readSettingsFile(Path path) {
        Properties properties = new Properties();
        if (Files.isRegularFile(path)) {
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new OfficeException(e, "settings.error.unreadable", path, e.getMessage());
            }
        }
        return properties;
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + displayName() + ", user=" + user + "]";
    }
}
