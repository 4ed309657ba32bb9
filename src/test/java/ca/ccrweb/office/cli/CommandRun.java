package ca.ccrweb.office.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of ccr-office, configured as Main configures it, with what it printed. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(OfficeCommand office, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = OfficeCommand.configure(new CommandLine(office));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    static CommandRun of(String... args) {
        return of(new OfficeCommand(), args);
    }

    boolean printedAStackTrace() {
        return err.contains("\tat ") || err.contains("Exception") || err.contains("Caused by");
    }
}
