package ca.ccrweb.office.desktop;

/**
 * Starts the desktop from a class that is not a JavaFX {@code Application}, as JavaFX requires when it
 * is on the class path. The optional argument is the database (a file or a JDBC URL).
 */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void main(String[] args) {
        OfficeApp.launchDesktop(args.length > 0 ? args[0] : null);
    }
}
