package ca.ccrweb.office.core.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the application keeps its files for this user: the database, settings, backups and log
 * (docs/decisions/0002-where-the-database-lives.md). The system property {@code ccr.office.home} or the environment
 * variable {@code CCR_OFFICE_HOME} move it, for tests and for offices that want it elsewhere.
 */
public final class DataFolder {
    public static final String HOME_PROPERTY = "ccr.office.home";
    public static final String HOME_VARIABLE = "CCR_OFFICE_HOME";

    private DataFolder() {
    }

    public static Path resolve() {
        return resolve(System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getenv(), System.getProperty(HOME_PROPERTY));
    }

    static Path resolve(String osName, String userHome, Map<String, String> environment, String homeProperty) {
        if (homeProperty != null && !homeProperty.isBlank()) {
            return Path.of(homeProperty);
        }
        String override = environment.get(HOME_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData == null || appData.isBlank()
                    ? Path.of(userHome, "AppData", "Roaming") : Path.of(appData);
            return base.resolve("CCR Office");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "CCR Office");
        }
        String xdgDataHome = environment.get("XDG_DATA_HOME");
        Path base = xdgDataHome == null || xdgDataHome.isBlank()
                ? Path.of(userHome, ".local", "share") : Path.of(xdgDataHome);
        return base.resolve("ccr-office");
    }
}
