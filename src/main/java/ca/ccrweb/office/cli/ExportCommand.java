package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.accounts.AccountExport;
import ca.ccrweb.office.core.advocacy.AdvocacyExport;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.communications.Paper;
import ca.ccrweb.office.core.communications.QuarterlyUpdate;
import ca.ccrweb.office.core.communications.QuarterlyUpdateRenderer;
import ca.ccrweb.office.core.contacts.ContactExport;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.RegistrationColumn;
import ca.ccrweb.office.core.events.RegistrationExport;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.fund.FundExport;
import ca.ccrweb.office.core.governance.ExecutiveRoster;
import ca.ccrweb.office.core.governance.GovernanceExport;
import ca.ccrweb.office.core.governance.Resolution;
import ca.ccrweb.office.core.governance.ResolutionBook;
import ca.ccrweb.office.core.groups.GroupExport;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.mailings.Audience;
import ca.ccrweb.office.core.mailings.MailingList;
import ca.ccrweb.office.core.mailings.Recipient;
import ca.ccrweb.office.core.mailings.RecipientExport;
import ca.ccrweb.office.core.mailings.Subscriber;
import ca.ccrweb.office.core.mailings.SubscriberExport;
import ca.ccrweb.office.core.membership.OrganizationExport;
import ca.ccrweb.office.core.common.Labelled;
import ca.ccrweb.office.core.directory.DirectoryExport;
import ca.ccrweb.office.core.directory.DirectoryQuery;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.DuesExport;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Region;
import ca.ccrweb.office.core.membership.ServiceOffered;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code ccr-office export organizations|accounts|registrations|payments|fund-awards|advocacy --format xlsx|pdf|csv
 * --output FILE [--event ID] [--columns a,b,c] [--year Y] [--campaign ID]}: writes a list as the
 * desktop's Export button does, with headers in the language of {@code --language}.
 * {@code export quarterly-update --year Y --quarter Q --language fr|en --output FILE.pdf [--paper letter|a4]
 * [--page1-only]} writes the quarterly update as the desktop prints it. {@code export directory [--region R]
 * [--service S] [--clientele C]} writes the member directory (its PDF printed by region); {@code export dues
 * --year Y} the dues of a year with what was paid.
 * {@code export groups|executive-committee --format ... --output FILE}, {@code export resolutions [--year Y]
 * --format ... --output FILE} and {@code export resolutions-book --year Y --language fr|en --output FILE.pdf}
 * write the groups' roster, the executive committee, the resolutions register and a year's book of resolutions.
 * {@code export subscribers --list ID|CODE --format ... --output FILE} writes the people of one subscription list
 * with their consent, as the Lists tab exports them.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand implements Callable<Integer> {

    enum Kind {
        ORGANIZATIONS, ACCOUNTS, REGISTRATIONS, PAYMENTS, FUND_AWARDS, QUARTERLY_UPDATE, DIRECTORY, DUES, GROUPS,
        EXECUTIVE_COMMITTEE, RESOLUTIONS, RESOLUTIONS_BOOK,
        ADVOCACY, RECIPIENTS, CASE_STATISTICS, EXECUTIVE_ROSTER, CONTACTS, SUBSCRIBERS;

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

    @Parameters(index = "0", paramLabel = "organizations|accounts|registrations|payments|fund-awards|quarterly-update"
            + "|directory|dues|groups|executive-committee|resolutions|resolutions-book|advocacy|recipients"
            + "|case-statistics|executive-roster|contacts|subscribers",
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

    @Option(names = "--region", paramLabel = "R", descriptionKey = "cli.option.region")
    private String region;

    @Option(names = "--service", paramLabel = "S", descriptionKey = "cli.option.service")
    private String service;

    @Option(names = "--clientele", paramLabel = "C", descriptionKey = "cli.option.clientele")
    private String clientele;

    @Option(names = "--audience", paramLabel = "members|LIST", descriptionKey = "cli.option.audience")
    private String audience;

    @Option(names = "--list", paramLabel = "ID|CODE", descriptionKey = "cli.option.list")
    private String list;

    @Override
    public Integer call() throws Exception {
        Messages messages = root.messages();
        Kind what = Kind.parse(kind).orElseThrow(() -> new ParameterException(spec.commandLine(),
                messages.get("cli.export.error.unknownKind", kind)));
        if (what == Kind.QUARTERLY_UPDATE) {
            return quarterlyUpdate(messages);
        }
        if (what == Kind.RESOLUTIONS_BOOK) {
            return resolutionsBook(messages);
        }
        if (what == Kind.EXECUTIVE_ROSTER) {
            return executiveRoster(messages);
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
        if (what == Kind.DUES && year == null) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.export.error.duesYearRequired"));
        }
        if (what == Kind.DIRECTORY) {
            return directory(fileFormat, messages);
        }
        if (what == Kind.RECIPIENTS) {
            return recipients(fileFormat, messages);
        }
        if (what == Kind.CASE_STATISTICS) {
            return caseStatistics(fileFormat, messages);
        }
        if (what == Kind.SUBSCRIBERS) {
            return subscribers(fileFormat, messages);
        }
        List<RegistrationColumn> chosenColumns = parseColumns(messages);
        Path target = OutputFiles.writable(output);
        try (OfficeServices services = root.openServices()) {
            int rows = write(table(what, services, chosenColumns, messages), fileFormat, target, services);
            spec.commandLine().getOut().println(messages.get("cli.export.done." + what.word(), rows, target));
        }
        return CommandLine.ExitCode.OK;
    }

    /** The member directory, filtered as asked; its PDF is the printed directory grouped by region. */
    private int directory(ExportFormat fileFormat, Messages messages) throws IOException {
        DirectoryQuery query = new DirectoryQuery(
                region == null ? null : choice(Region.class, region, "cli.export.error.unknownRegion", messages),
                null,
                service == null ? Set.of() : Set.of(choice(ServiceOffered.class, service,
                        "cli.export.error.unknownService", messages)),
                clientele == null ? Set.of() : Set.of(choice(Clientele.class, clientele,
                        "cli.export.error.unknownClientele", messages)),
                null);
        Path target = OutputFiles.writable(output);
        try (OfficeServices services = root.openServices()) {
            List<Organization> found = services.directory().search(query);
            if (fileFormat == ExportFormat.PDF) {
                try {
                    services.exportDocument("member directory", found.size(), target, file -> DirectoryExport.print(
                            found, messages, LocalDate.now(services.clock()), file));
                } catch (IOException e) {
                    throw new OfficeException(e, "cli.export.error.failed", target, e.getMessage());
                }
            } else {
                write(DirectoryExport.table(found, messages), fileFormat, target, services);
            }
            spec.commandLine().getOut().println(messages.get("cli.export.done.directory", found.size(), target));
        }
        return CommandLine.ExitCode.OK;
    }

    /**
     * The addresses of an audience, for an office that sends with another tool: {@code --audience members} (the
     * member mailing's rule) or a list by id or code (CCRLIST, CHRONIQUE, TRAFFICKING); {@code --language}
     * keeps the people reading that language (and those whose language is not known).
     */
    private int recipients(ExportFormat fileFormat, Messages messages) throws IOException {
        if (audience == null) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.export.error.audienceRequired"));
        }
        if (fileFormat == ExportFormat.PDF) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.export.error.recipientsFormat"));
        }
        Path target = OutputFiles.writable(output);
        try (OfficeServices services = root.openServices()) {
            Audience chosen = audience.strip().equalsIgnoreCase("members")
                    ? Audience.members()
                    : Audience.list(listNamed(services, audience, messages));
            Language wanted = root.languageAsked();
            List<Recipient> found = services.mailings().recipients(chosen).stream()
                    .filter(recipient -> wanted == null || recipient.reads(wanted)).toList();
            write(RecipientExport.table(found, messages), fileFormat, target, services);
            spec.commandLine().getOut().println(messages.get("cli.export.done.recipients", found.size(), target));
        }
        return CommandLine.ExitCode.OK;
    }

    /** The people of one list (its number or code), subscribed or not, with their consent and departure. */
    private int subscribers(ExportFormat fileFormat, Messages messages) {
        if (list == null || list.isBlank()) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.export.error.listRequired"));
        }
        Path target = OutputFiles.writable(output);
        try (OfficeServices services = root.openServices()) {
            String wanted = list.strip();
            List<MailingList> all = services.mailingLists().lists();
            MailingList chosen = all.stream()
                    .filter(one -> wanted.equals(String.valueOf(one.id())) || wanted.equalsIgnoreCase(one.code()))
                    .findFirst().orElseThrow(() -> new ParameterException(spec.commandLine(), messages.get(
                            "cli.export.error.unknownList", list, all.stream()
                                    .map(one -> one.code() == null ? String.valueOf(one.id()) : one.code())
                                    .collect(Collectors.joining(", ")))));
            List<Subscriber> people = services.mailingLists().subscribers(chosen.id());
            write(SubscriberExport.table(chosen, people, messages), fileFormat, target, services);
            spec.commandLine().getOut().println(messages.get("cli.export.done.subscribers", people.size(),
                    chosen.name(messages.language()), target));
        }
        return CommandLine.ExitCode.OK;
    }

    /** The anonymized counts of a year's cases (by kind, outcome, province): never a list with names. */
    private int caseStatistics(ExportFormat fileFormat, Messages messages) {
        if (year == null) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.export.error.caseStatisticsYear"));
        }
        Path target = OutputFiles.writable(output);
        try (OfficeServices services = root.openServices()) {
            int lines;
            try {
                lines = services.cases().exportStatistics(year, fileFormat, target, messages, ExportProgress.NONE);
            } catch (IOException e) {
                throw new OfficeException(e, "cli.export.error.failed", target, e.getMessage());
            }
            spec.commandLine().getOut().println(messages.get("cli.export.done.case-statistics", lines, target));
        }
        return CommandLine.ExitCode.OK;
    }

    private long listNamed(OfficeServices services, String typed, Messages messages) {
        String wanted = typed.strip();
        return services.mailingLists().lists().stream()
                .filter(list -> wanted.equals(String.valueOf(list.id())) || wanted.equalsIgnoreCase(list.code()))
                .findFirst().map(MailingList::id)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), messages.get(
                        "cli.export.error.unknownAudience", typed, services.mailingLists().lists().stream()
                                .map(list -> list.code() == null ? String.valueOf(list.id()) : list.code())
                                .collect(Collectors.joining(", ")))));
    }

    /** A value of a list named on the command line: its code ("quebec", "housing", "women") in any case. */
    private <E extends Enum<E> & Labelled> E choice(Class<E> type, String typed, String errorKey, Messages messages) {
        String wanted = typed.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(wanted) || messages.get(value.labelKey()).equalsIgnoreCase(typed.strip())) {
                return value;
            }
        }
        throw new ParameterException(spec.commandLine(), messages.get(errorKey, typed, Arrays.stream(
                type.getEnumConstants()).map(value -> value.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "))));
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
        Path target = OutputFiles.writable(output);
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

    /** The book of resolutions of a year, in the language of --language. */
    private int resolutionsBook(Messages messages) throws IOException {
        if (format != null && !format.strip().equalsIgnoreCase("pdf")) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.export.error.bookFormat", format));
        }
        if (year == null) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.export.error.bookYear"));
        }
        Path target = OutputFiles.writable(output);
        try (OfficeServices services = root.openServices()) {
            List<Resolution> all = services.governance().resolutions();
            int printed = ResolutionBook.contents(year, all).size();
            try {
                services.exportDocument(messages.get("resolution.book.title", String.valueOf(year)), printed, target,
                        file -> ResolutionBook.write(year, all,
                                services.officeSettings().current(), messages,
                                LocalDate.now(services.clock()), file));
            } catch (IOException e) {
                throw new OfficeException(e, "cli.export.error.failed", target, e.getMessage());
            }
            spec.commandLine().getOut().println(messages.get("cli.export.done.resolutionsBook", String.valueOf(year),
                    printed, target));
        }
        return CommandLine.ExitCode.OK;
    }

    /** Today's executive committee and group chairs, one page in the language of --language (PDF or HTML). */
    private int executiveRoster(Messages messages) throws IOException {
        String chosen = format == null ? "pdf" : format.strip().toLowerCase(Locale.ROOT);
        if (!chosen.equals("pdf") && !chosen.equals("html")) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.export.error.rosterFormat", format));
        }
        Path target = OutputFiles.writable(output);
        try (OfficeServices services = root.openServices()) {
            ExecutiveRoster.Contents written;
            try {
                written = services.governance().writeRoster(messages.language(), chosen.equals("html"),
                        services.officeSettings().current(), target);
            } catch (IOException e) {
                throw new OfficeException(e, "cli.export.error.failed", target, e.getMessage());
            }
            spec.commandLine().getOut().println(messages.get("cli.export.done.executiveRoster",
                    written.executive().size(), written.groups().stream().mapToInt(g -> g.chairs().size()).sum(),
                    target));
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
            case CONTACTS -> ContactExport.table(services.contacts().all(),
                    services.membership().all().stream().collect(Collectors.toMap(Organization::id, Organization::name)),
                    messages);
            case REGISTRATIONS -> RegistrationExport.registrations(requireEvent(services),
                    services.registrations().ofEvent(event), chosen, messages);
            case PAYMENTS -> RegistrationExport.payments(requireEvent(services),
                    services.payments().paymentsOfEvent(event), services.registrations().ofEvent(event), messages);
            case FUND_AWARDS -> FundExport.awards(year, services.fund().applications(year),
                    services.fund().eventsById(), messages);
            case ADVOCACY -> {
                Campaign shown = services.advocacy().find(campaign).orElseThrow(
                        () -> new OfficeException("advocacy.error.noCampaign", String.valueOf(campaign)));
                yield AdvocacyExport.actions(shown, services.advocacy().actions(campaign), messages);
            }
            case DUES -> DuesExport.year(year, services.dues().linesOfYear(year), LocalDate.now(services.clock()),
                    messages);
            case GROUPS -> GroupExport.table(services.groups().all(), services.groups().allChairTerms(),
                    services.groups().allMembers(), messages);
            case EXECUTIVE_COMMITTEE -> GovernanceExport.executive(services.governance().executiveTerms(), messages);
            case RESOLUTIONS -> GovernanceExport.resolutions(year, services.governance().resolutions(), messages);
            case QUARTERLY_UPDATE, DIRECTORY, RESOLUTIONS_BOOK, RECIPIENTS, CASE_STATISTICS, EXECUTIVE_ROSTER, SUBSCRIBERS ->
                    throw new IllegalStateException(what + " is written apart");
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
