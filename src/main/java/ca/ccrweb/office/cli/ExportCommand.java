package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.accounts.AccountExport;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.export.TableExporter;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.OrganizationExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code ccr-office export organizations|accounts --format xlsx|pdf|csv --output FILE}: writes a list as the
 * desktop's Export button does, with headers in the language of {@code --language}.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand implements Callable<Integer> {

    enum Kind {
        ORGANIZATIONS, ACCOUNTS;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Kind> parse(String word) {
            return Arrays.stream(values()).filter(kind -> kind.word().equalsIgnoreCase(word.strip())).findFirst();
        }
    }

    @ParentCommand
    private OfficeCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "organizations|accounts", descriptionKey = "cli.parameter.exportKind")
    private String kind;

    @Option(names = "--format", required = true, paramLabel = "xlsx|pdf|csv", descriptionKey = "cli.option.format")
    private String format;

    @Option(names = "--output", required = true, paramLabel = "FILE", descriptionKey = "cli.option.output")
    private Path output;

    @Override
    public Integer call() throws Exception {
        Messages messages = root.messages();
        Kind what = Kind.parse(kind).orElseThrow(() -> new ParameterException(spec.commandLine(),
                messages.get("cli.export.error.unknownKind", kind)));
        ExportFormat fileFormat = parseFormat(messages);
        Path target = writableTarget(output);
        try (OfficeServices services = root.openServices()) {
            int rows = write(what, fileFormat, target, services, messages);
            spec.commandLine().getOut().println(messages.get("cli.export.done." + what.word(), rows, target));
        }
        return CommandLine.ExitCode.OK;
    }

    private ExportFormat parseFormat(Messages messages) {
        try {
            return ExportFormat.parse(format);
        } catch (IllegalArgumentException unknown) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.export.error.unknownFormat", format));
        }
    }

    /** Checked before any work, so a mistyped folder costs nothing. */
    static Path writableTarget(Path output) {
        Path target = output.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new OfficeException("cli.export.error.noFolder", folder);
        }
        if (Files.isDirectory(target)) {
            throw new OfficeException("cli.export.error.isFolder", target);
        }
        if (Files.exists(target) ? !Files.isWritable(target) : !Files.isWritable(folder)) {
            throw new OfficeException("cli.export.error.notWritable", target);
        }
        return target;
    }

    /** Writes the file (whole, or not at all: the exporter moves it into place once complete); returns its rows. */
    private static int write(Kind what, ExportFormat format, Path target, OfficeServices services, Messages messages) {
        TableExport<?> table = switch (what) {
            case ORGANIZATIONS -> OrganizationExport.table(services.membership().all(), messages);
            case ACCOUNTS -> AccountExport.table(services.accounts().all(), messages);
        };
        try {
            new TableExporter(services.clock()).export(table, format, target, ExportProgress.NONE);
        } catch (IOException e) {
            throw new OfficeException(e, "cli.export.error.failed", target, e.getMessage());
        }
        return table.rows().size();
    }
}
