package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ccr-office backup --output FILE}: a consistent copy of the SQLite database, taken online. */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    private OfficeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--output", required = true, paramLabel = "FILE", descriptionKey = "cli.option.backupOutput")
    private Path output;

    @Override
    public Integer call() {
        Path target = OutputFiles.writable(output);
        try (OfficeServices services = root.openServices()) {
            services.backups().backupTo(target);
            spec.commandLine().getOut().println(root.messages().get("cli.backup.done", target));
        }
        return CommandLine.ExitCode.OK;
    }
}
