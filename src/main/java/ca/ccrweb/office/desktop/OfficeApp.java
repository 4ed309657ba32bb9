package ca.ccrweb.office.desktop;

/**
 * Placeholder on the command-line branch only, so that {@link ca.ccrweb.office.DesktopStarter} compiles.
 * The real JavaFX application from the desktop branch replaces this file when the branches are merged.
 */
public final class OfficeApp {
    private OfficeApp() {
    }

    public static void launchDesktop(String databaseOption) {
        throw new UnsupportedOperationException("The desktop application is not part of this build");
    }
}
