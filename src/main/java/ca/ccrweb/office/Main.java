package ca.ccrweb.office;

import ca.ccrweb.office.desktop.ExitAfterStartup;

public final class Main {
    public static void main(String[] args) {
        AotCacheJarTimes.restoreInBackground();
        if (ExitAfterStartup.requested()) {
            ExitAfterStartup.arm();
        }
    }
}
