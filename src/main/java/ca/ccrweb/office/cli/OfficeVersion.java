package ca.ccrweb.office.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven writes into the jar (META-INF/maven/…/pom.properties); "dev" when run from the build folders. */
final class OfficeVersion implements CommandLine.IVersionProvider {
    private static final String POM_PROPERTIES = "/META-INF/maven/ca.ccrweb/ccr-office/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"CCR Office " + version()};
    }

    private static String version() {
        try (InputStream in = OfficeVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "dev";
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
