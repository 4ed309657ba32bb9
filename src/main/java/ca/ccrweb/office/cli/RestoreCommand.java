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

/**
 * {@code ccr-office restore --input FILE}: replaces the database's content with a backup's, after checking
 * the backup and copying the current database into the backup folder.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private OfficeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", descriptionKey = "cli.option.restoreInput")
    private Path input;

    @Override
    public Integer call() {
        try (OfficeServices services = root.openServices()) {
            Path safetyCopy = services.backups().restoreFrom(input.toAbsolutePath());
            spec.commandLine().getOut().println(root.messages().get("cli.restore.done", input.toAbsolutePath(), safetyCopy));
        }
        return CommandLine.ExitCode.OK;
    }
}
