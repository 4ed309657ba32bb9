package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.demo.DemoAdvocacy;
import ca.ccrweb.office.core.demo.DemoData;
import ca.ccrweb.office.core.demo.DemoSummary;
import ca.ccrweb.office.core.l10n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code ccr-office demo-data [--scale N]}: fills the database with realistic organizations, accounts, events,
 * registrations, fund applications and quarterly updates. Each part is whole or absent: run again after an
 * interruption, it completes the data.
 */
@Command(name = "demo-data", mixinStandardHelpOptions = true)
public final class DemoDataCommand implements Callable<Integer> {
    static final int LARGEST_SCALE = 100;

    @ParentCommand
    private OfficeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1", descriptionKey = "cli.option.scale")
    private int scale;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        if (scale < 1 || scale > LARGEST_SCALE) {
            throw new ParameterException(spec.commandLine(),
                    messages.get("cli.demoData.error.scale", LARGEST_SCALE, String.valueOf(scale)));
        }
        try (OfficeServices services = root.openOrCreateServices()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(messages.get("cli.demoData.summary.database", services.database().settings().displayName()));
            DemoData.fill(services, scale, DemoData.DEFAULT_SEED, outcome -> {
                if (outcome.alreadyComplete()) {
                    String label = "demo.unit." + outcome.unit();
                    out.println(messages.get("cli.demoData.summary.unitComplete",
                            messages.has(label) ? messages.get(label) : outcome.unit()));
                }
                for (DemoSummary line : outcome.summary()) {
                    out.println(line.text(messages));
                }
                out.flush();
            });
        }
        return CommandLine.ExitCode.OK;
    }
}
