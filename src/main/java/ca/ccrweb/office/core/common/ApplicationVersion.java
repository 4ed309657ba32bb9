package ca.ccrweb.office.core.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven writes into the jar (META-INF/maven/…/pom.properties); "dev" when run from the build folders. */
public final class ApplicationVersion {
    private static final String POM_PROPERTIES = "/META-INF/maven/ca.ccrweb/ccr-office/pom.properties";
    /** How the application signs what it writes into a database's migration history. */
    public static final String SIGNATURE_PREFIX = "CCR Office ";

    private ApplicationVersion() {
    }

    public static String current() {
        try (InputStream in = ApplicationVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "dev";
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    /** "1.4" of "1.4.2-SNAPSHOT": what staff need to know to install the right version. */
    public static String shortForm(String version) {
        String[] parts = version.split("[.-]");
        return parts.length >= 2 && parts[0].chars().allMatch(Character::isDigit)
                && parts[1].chars().allMatch(Character::isDigit) ? parts[0] + "." + parts[1] : version;
    }
}
