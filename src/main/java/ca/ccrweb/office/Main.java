package ca.ccrweb.office;

import ca.ccrweb.office.cli.OfficeCommand;
import picocli.CommandLine;

/**
 * The entry point of ccr-office.jar: without a command it opens the desktop application, with one it runs
 * that command and exits with its code.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        OfficeCommand office = new OfficeCommand(DesktopStarter::start).withScreenBench(DesktopStarter::measureScreen);
        int exitCode = OfficeCommand.configure(new CommandLine(office)).execute(args);
        // The desktop keeps the JVM alive on its own threads; exiting here would close its window.
        if (exitCode != 0 || !office.desktopStarted()) {
            System.exit(exitCode);
        }
    }
}
