package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.bench.Bench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code ccr-office bench}: builds a database of 100,000 registrations over 50 events in a temporary folder
 * and prints one figure per line ({@code name: value unit}). The database option does not apply.
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        new Bench(spec.commandLine().getOut()).run();
        return CommandLine.ExitCode.OK;
    }
}
