package ca.ccrweb.office;

import ca.ccrweb.office.desktop.ExitAfterStartup;

/**
 * The entry point of the installed application (installer/jpackage/app-image.args): {@link Main}, plus what
 * only the packaged launcher needs — keeping its AOT cache usable, and the build's start-up session.
 */
public final class InstalledApplication {
    private InstalledApplication() {
    }

    public static void main(String[] args) {
        AotCacheJarTimes.restoreInBackground();
        if (ExitAfterStartup.requested()) {
            ExitAfterStartup.arm();
        }
        Main.main(args);
    }
}
