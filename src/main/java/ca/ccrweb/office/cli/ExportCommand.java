package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.accounts.AccountExport;
import ca.ccrweb.office.core.advocacy.AdvocacyExport;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.communications.Paper;
import ca.ccrweb.office.core.communications.QuarterlyUpdate;
import ca.ccrweb.office.core.communications.QuarterlyUpdateRenderer;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.RegistrationColumn;
import ca.ccrweb.office.core.events.RegistrationExport;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.fund.FundExport;
import ca.ccrweb.office.core.l10n.Language;
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
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code ccr-office export organizations|accounts|registrations|payments|fund-awards|advocacy --format xlsx|pdf|csv
 * --output FILE [--event ID] [--columns a,b,c] [--year Y] [--campaign ID]}: writes a list as the
 * desktop's Export button does, with headers in the language of {@code --language}.
 * {@code export quarterly-update --year Y --quarter Q --language fr|en --output FILE.pdf [--paper letter|a4]
 * [--page1-only]} writes the quarterly update as the desktop prints it.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand implements Callable<Integer> {

    enum Kind {
        ORGANIZATIONS, ACCOUNTS, REGISTRATIONS, PAYMENTS, FUND_AWARDS, QUARTERLY_UPDATE, ADVOCACY;

        String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Optional<Kind> parse(String word) {
            return Arrays.stream(values()).filter(kind -> kind.word().equalsIgnoreCase(word.strip())).findFirst();
        }
    }

    @ParentCommand
    private OfficeCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "organizations|accounts|registrations|payments|fund-awards|quarterly-update|advocacy",
            descriptionKey = "cli.parameter.exportKind")
    private String kind;

    @Option(names = "--format", paramLabel = "xlsx|pdf|csv", descriptionKey = "cli.option.format")
    private String format;

    @Option(names = "--output", required = true, paramLabel = "FILE", descriptionKey = "cli.option.output")
    private Path output;

    @Option(names = "--event", paramLabel = "ID", descriptionKey = "cli.option.event")
    private Long event;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "cli.option.year")
    private Integer year;

    @Option(names = "--columns", split = ",", paramLabel = "COLUMN", descriptionKey = "cli.option.columns")
    private List<String> columns = List.of();

    @Option(names = "--campaign", paramLabel = "ID", descriptionKey = "cli.option.campaign")
    private Long campaign;

    @Option(names = "--quarter", paramLabel = "Q", descriptionKey = "cli.option.quarter")
    private Integer quarter;

    @Option(names = "--paper", paramLabel = "letter|a4", descriptionKey = "cli.option.paper")
    private String paper;

    @Option(names = "--page1-only", descriptionKey = "cli.option.page1Only")
    private boolean firstPageOnly;

    @Override
    public Integer call() throws Exception {
        Messages messages = root.messages();
        Kind what = Kind.parse(kind).orElseThrow(() -> new ParameterException(spec.commandLine(),
                messages.get("cli.export.error.unknownKind", kind)));
        if (what == Kind.QUARTERLY_UPDATE) {
            return quarterlyUpdate(messages);
        }
        if (format == null) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.export.error.formatRequired"));
        }
        ExportFormat fileFormat = parseFormat(messages);
        if ((what == Kind.REGISTRATIONS || what == Kind.PAYMENTS) && event == null) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.export.error.eventRequired", what.word()));
        }
        if (what == Kind.FUND_AWARDS && year == null) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.export.error.yearRequired"));
        }
        if (what == Kind.ADVOCACY && campaign == null) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.export.error.campaignRequired"));
        }
        List<RegistrationColumn> chosenColumns = parseColumns(messages);
        Path target = writableTarget(output);
        try (OfficeServices services = root.openServices()) {
            int rows = write(table(what, services, chosenColumns, messages), fileFormat, target, services);
            spec.commandLine().getOut().println(messages.get("cli.export.done." + what.word(), rows, target));
        }
        return CommandLine.ExitCode.OK;
    }

    /** The update's PDF as the desktop prints it: a published edition exactly as it was published. */
    private int quarterlyUpdate(Messages messages) throws IOException {
        if (format != null && !format.strip().equalsIgnoreCase("pdf")) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.export.error.updateFormat", format));
        }
        if (year == null || quarter == null) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.export.error.updateOptions"));
        }
        if (quarter < 1 || quarter > 4) {
            throw new ParameterException(spec.commandLine(), messages.get("quarterly.error.quarter"));
        }
        Paper chosenPaper = paper == null ? null : Paper.parse(paper).orElseThrow(() -> new ParameterException(
                spec.commandLine(), messages.get("cli.export.error.unknownPaper", paper)));
        Language language = root.language();
        Path target = writableTarget(output);
        try (OfficeServices services = root.openServices()) {
            QuarterlyUpdate update = services.quarterlyUpdates().current(year, quarter, language).orElseThrow(
                    () -> new OfficeException("cli.export.error.noSuchUpdate", quarter, String.valueOf(year),
                            language.code()));
            QuarterlyUpdateRenderer.Rendering rendering;
            try {
                rendering = services.quarterlyUpdates().writePdf(update, chosenPaper, firstPageOnly, target);
            } catch (IOException e) {
                throw new OfficeException(e, "cli.export.error.failed", target, e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            warnOfOverflow(1, rendering.first(), messages);
            if (rendering.second() != null) {
                warnOfOverflow(2, rendering.second(), messages);
            }
            out.println(messages.get("cli.export.done.quarterlyUpdate",
                    messages.get("quarterly.pdf.quarter", quarter, String.valueOf(year)),
                    messages.get(update.status().labelKey()).toLowerCase(messages.locale()), rendering.pages(), target));
        }
        return CommandLine.ExitCode.OK;
    }

    private void warnOfOverflow(int page, QuarterlyUpdateRenderer.PageFit fit, Messages messages) {
        if (fit.overflows()) {
            spec.commandLine().getErr().println(messages.get("cli.export.warning.overflow", page, fit.percent()));
        }
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

    private List<RegistrationColumn> parseColumns(Messages messages) {
        List<RegistrationColumn> chosen = new ArrayList<>();
        for (String column : columns) {
            String name = column.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                chosen.add(RegistrationColumn.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                throw new ParameterException(spec.commandLine(), messages.get("cli.export.error.unknownColumn", column,
                        Arrays.stream(RegistrationColumn.values()).map(c -> c.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))));
            }
        }
        return chosen;
    }

    private TableExport<?> table(Kind what, OfficeServices services, List<RegistrationColumn> chosen, Messages messages) {
        return switch (what) {
            case ORGANIZATIONS -> OrganizationExport.table(services.membership().all(), messages);
            case ACCOUNTS -> AccountExport.table(services.accounts().all(), messages);
            case REGISTRATIONS -> RegistrationExport.registrations(requireEvent(services),
                    services.registrations().ofEvent(event), chosen, messages);
            case PAYMENTS -> RegistrationExport.payments(requireEvent(services),
                    services.registrations().paymentsOfEvent(event), services.registrations().ofEvent(event), messages);
            case FUND_AWARDS -> FundExport.awards(year, services.fund().applications(year),
                    services.fund().eventsById(), messages);
            case ADVOCACY -> {
                Campaign shown = services.advocacy().find(campaign).orElseThrow(
                        () -> new OfficeException("advocacy.error.noCampaign", String.valueOf(campaign)));
                yield AdvocacyExport.actions(shown, services.advocacy().actions(campaign), messages);
            }
            case QUARTERLY_UPDATE -> throw new IllegalStateException("The quarterly update is not a list");
        };
    }

    private Event requireEvent(OfficeServices services) {
        return services.events().find(event).orElseThrow(() -> new OfficeException("cli.export.error.noSuchEvent", event));
    }

    /** Writes the file (whole, or not at all: the exporter moves it into place once complete); returns its rows. */
    private static int write(TableExport<?> table, ExportFormat format, Path target, OfficeServices services) {
        try {
            services.export(table, format, target, ExportProgress.NONE);
        } catch (IOException e) {
            throw new OfficeException(e, "cli.export.error.failed", target, e.getMessage());
        }
        return table.rows().size();
    }
}
