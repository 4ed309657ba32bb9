package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ccr-office check}: SQLite's integrity and foreign key checks. Exit 0 when sound; 1 with a message
 * when damaged (a file too damaged to open is reported by the opening itself, unchanged).
 */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private OfficeCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (OfficeServices services = root.openServices()) {
            List<String> problems = services.database().integrityProblems();
            String database = services.database().settings().displayName();
            if (problems.isEmpty()) {
                spec.commandLine().getOut().println(root.messages().get("cli.check.sound", database));
                return CommandLine.ExitCode.OK;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println(root.messages().get("cli.check.damaged", database, problems.size()));
            problems.stream().limit(20).forEach(problem -> err.println("  " + problem));
            return CommandLine.ExitCode.SOFTWARE;
        }
    }
}
