package ca.ccrweb.office;

import ca.ccrweb.office.desktop.OfficeApp;

/** The one place the entry point reaches the JavaFX face, so the command line never depends on it. */
public final class DesktopStarter {
    private DesktopStarter() {
    }

    public static void start(String databaseOption) {
        OfficeApp.launchDesktop(databaseOption);
    }
}
