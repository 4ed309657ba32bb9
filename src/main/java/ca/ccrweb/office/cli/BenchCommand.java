package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.bench.Bench;
import ca.ccrweb.office.core.bench.SharedDatabaseBench;
import ca.ccrweb.office.core.db.DatabaseSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code ccr-office bench}: builds a database of 100,000 registrations over 50 events in a temporary folder
 * and prints one figure per line ({@code name: value unit}). The database option does not apply. With
 * {@code --ui} it then opens the largest event's registration list in the real window (a screen is needed),
 * types a search one key at a time and prints the keystroke times and the longest stall of the FX thread.
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private OfficeCommand root;

    @Option(names = "--ui", descriptionKey = "cli.option.benchUi")
    private boolean screen;

    @Option(names = "--postgresql", descriptionKey = "cli.option.benchPostgresql", paramLabel = "URL")
    private String postgresql;

    @Option(names = "--workstations", descriptionKey = "cli.option.benchWorkstations", defaultValue = "6")
    private int workstations;

    @Override
    public Integer call() throws Exception {
        if (screen && root.screenBench() == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), root.messages().get("cli.error.noScreenBench"));
        }
        if (postgresql != null) {
            // an empty PostgreSQL database given by the person running it: filled, opened, then shared by workstations
            DatabaseSettings server = new DatabaseSettings(
                    postgresql, System.getenv("CCR_OFFICE_DATABASE_USER"), System.getenv("CCR_OFFICE_DATABASE_PASSWORD"));
            SharedDatabaseBench shared =
                    new SharedDatabaseBench(spec.commandLine().getOut());
            shared.fill(server, 100_000);
            shared.measureOpening("postgresql", server);
            shared.measureConcurrency(server, workstations, 3, Duration.ofSeconds(30));
            return CommandLine.ExitCode.OK;
        }
        new Bench(spec.commandLine().getOut(), screen ? root.screenBench() : null).run();
        return CommandLine.ExitCode.OK;
    }
}
