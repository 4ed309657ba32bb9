package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.common.ApplicationVersion;
import picocli.CommandLine;

/** The version Maven writes into the jar (META-INF/maven/…/pom.properties); "dev" when run from the build folders. */
final class OfficeVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"CCR Office " + version()};
    }

    private static String version() {
        return ApplicationVersion.current();
    }
}
