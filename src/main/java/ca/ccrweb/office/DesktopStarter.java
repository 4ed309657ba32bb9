package ca.ccrweb.office;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.desktop.OfficeApp;
import ca.ccrweb.office.desktop.RegistrationListProbe;

import java.io.PrintWriter;

/** The one place the entry point reaches the JavaFX face, so the command line never depends on it. */
public final class DesktopStarter {
    private DesktopStarter() {
    }

    public static void start(String databaseOption) {
        OfficeApp.launchDesktop(databaseOption);
    }

    /** {@code bench --ui}: the registration list of the largest event, measured in the real window. */
    public static void measureScreen(OfficeServices services, long largestEventId, PrintWriter out) throws Exception {
        RegistrationListProbe.measure(services, largestEventId, out);
    }
}
