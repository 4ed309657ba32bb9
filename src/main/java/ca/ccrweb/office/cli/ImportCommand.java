package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.imports.DateOrder;
import ca.ccrweb.office.core.imports.DuplicateChoice;
import ca.ccrweb.office.core.imports.ImportBatch;
import ca.ccrweb.office.core.imports.ImportField;
import ca.ccrweb.office.core.imports.ImportFile;
import ca.ccrweb.office.core.imports.ImportKind;
import ca.ccrweb.office.core.imports.ImportProgress;
import ca.ccrweb.office.core.imports.ImportResult;
import ca.ccrweb.office.core.imports.ImportSettings;
import ca.ccrweb.office.core.imports.RowError;
import ca.ccrweb.office.core.imports.UndoPlan;
import ca.ccrweb.office.core.l10n.Messages;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code ccr-office import organizations|accounts|contacts|registrations|subscribers|action-reports --input FILE
 * [--event ID] [--campaign ID] [--mapping FILE] [--on-duplicate skip|update|fill] [--dry-run]}: imports a spreadsheet with the columns and
 * values proposed (or those of the mapping file), printing {@code batch ID}, the counts and one line per row
 * in error with its fields. {@code ccr-office import undo BATCH} undoes an import.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    private OfficeCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "organizations|accounts|contacts|registrations|subscribers|action-reports|list|undo",
            descriptionKey = "cli.parameter.importKinds")
    private String kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "BATCH", descriptionKey = "cli.parameter.importBatch")
    private Long batch;

    @Option(names = "--input", paramLabel = "FILE", descriptionKey = "cli.option.importInput")
    private Path input;

    @Option(names = "--event", paramLabel = "ID", descriptionKey = "cli.option.importEvent")
    private Long event;

    @Option(names = "--campaign", paramLabel = "ID", descriptionKey = "cli.option.importCampaign")
    private Long campaign;

    @Option(names = "--mapping", paramLabel = "FILE", descriptionKey = "cli.option.mapping")
    private Path mapping;

    @Option(names = "--on-duplicate", paramLabel = "skip|update|fill", descriptionKey = "cli.option.onDuplicate")
    private String onDuplicate = "skip";

    @Option(names = "--dry-run", descriptionKey = "cli.import.option.dryRun")
    private boolean dryRun;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        if ("list".equalsIgnoreCase(kind.strip())) {
            try (OfficeServices services = root.openServices()) {
                List<ImportBatch> batches = services.imports().batches();
                if (batches.isEmpty()) {
                    out.println(messages.get("cli.import.list.none"));
                }
                for (ImportBatch each : batches) {
                    out.println(batchLine(each, messages));
                }
            }
            return CommandLine.ExitCode.OK;
        }
        if ("undo".equalsIgnoreCase(kind.strip())) {
            if (batch == null) {
                throw new ParameterException(spec.commandLine(), messages.get("cli.import.error.batchRequired"));
            }
            try (OfficeServices services = root.openServices()) {
                UndoPlan plan = services.imports().undoPlan(batch);
                ImportBatch undone = services.imports().undo(batch);
                out.println(messages.get("cli.import.undone", String.valueOf(undone.id()), plan.removed(),
                        plan.restored()));
            }
            return CommandLine.ExitCode.OK;
        }
        ImportKind what = ImportKind.parse(kind).orElseThrow(() -> new ParameterException(spec.commandLine(),
                messages.get("cli.import.error.unknownKinds", kind)));
        if (input == null) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.import.error.inputRequired"));
        }
        if (what == ImportKind.REGISTRATIONS && event == null) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.import.error.eventRequired"));
        }
        if (what == ImportKind.ACTION_REPORTS && campaign == null) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.import.error.campaignRequired"));
        }
        DuplicateChoice choice = Arrays.stream(DuplicateChoice.values())
                .filter(value -> value.name().equalsIgnoreCase(onDuplicate.strip())).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(),
                        messages.get("cli.import.error.unknownChoice", onDuplicate)));
        if (!Files.isRegularFile(input)) {
            throw new OfficeException("cli.error.noSuchFile", input);
        }
        try (OfficeServices services = root.openServices()) {
            ImportFile file = services.imports().read(input);
            ImportSettings settings = services.imports().propose(file, what, event).withOnDuplicate(choice)
                    .withCampaign(what == ImportKind.ACTION_REPORTS ? campaign : null);
            if (mapping != null) {
                settings = withMappingFile(settings, file, what, messages);
            }
            ImportResult result = services.imports().importRows(file, settings, ImportProgress.NONE, dryRun);
            out.println(result.batchId() == null ? messages.get("cli.import.dryRun")
                    : "batch " + result.batchId());
            out.println(messages.get("cli.import.counts", result.created(), result.updated(), result.skipped(),
                    result.errorRows()));
            printErrors(result.errors(), messages, out);
        }
        return CommandLine.ExitCode.OK;
    }

    /** One line per row in error, naming each field refused and why. */
    private static void printErrors(List<RowError> errors, Messages messages, PrintWriter out) {
        Map<Integer, StringBuilder> lines = new LinkedHashMap<>();
        for (RowError error : errors) {
            StringBuilder line = lines.get(error.line());
            if (line == null) {
                lines.put(error.line(), new StringBuilder(error.localizedMessage(messages)));
            } else {
                line.append("; ").append(messages.get("import.error.field",
                        error.field() == null ? "" : messages.get(error.field().labelKey()),
                        error.error().localizedMessage(messages), error.typed() == null ? "" : error.typed()));
            }
        }
        lines.values().forEach(line -> out.println(CommandErrors.oneLine(line.toString())));
    }

    /**
     * The mapping file: one line per column, {@code Header = field}; one per value,
     * {@code field: typed = VALUE}; {@code dates = day-month} or {@code month-day}; # starts a comment.
     */
    private ImportSettings withMappingFile(ImportSettings proposed, ImportFile file, ImportKind what,
                                           Messages messages) {
        List<String> lines;
        try {
            lines = Files.readAllLines(mapping, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OfficeException(e, "cli.import.error.mappingUnreadable", mapping, e.getMessage());
        }
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        Map<ImportField, Map<String, String>> values = new EnumMap<>(ImportField.class);
        proposed.values().forEach((field, byTyped) -> values.put(field, new HashMap<>(byTyped)));
        DateOrder order = proposed.dateOrder();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.lastIndexOf('=');
            if (equals <= 0) {
                throw new OfficeException("cli.import.error.mappingLine", mapping, number, line);
            }
            String left = line.substring(0, equals).strip();
            String right = line.substring(equals + 1).strip();
            if (left.equalsIgnoreCase("dates")) {
                order = right.equalsIgnoreCase("month-day") ? DateOrder.MONTH_DAY : right.equalsIgnoreCase("day-month")
                        ? DateOrder.DAY_MONTH : null;
                if (order == null) {
                    throw new OfficeException("cli.import.error.mappingLine", mapping, number, line);
                }
                continue;
            }
            int colon = left.indexOf(':');
            Optional<ImportField> valueField = colon > 0 ? field(left.substring(0, colon), what) : Optional.empty();
            if (valueField.isPresent()) {
                values.computeIfAbsent(valueField.get(), f -> new HashMap<>())
                        .put(left.substring(colon + 1).strip(), right.toUpperCase(Locale.ROOT));
                continue;
            }
            int column = file.headers().indexOf(left);
            Optional<ImportField> mapped = field(right, what);
            if (mapped.isEmpty()) {
                throw new OfficeException("cli.import.error.mappingLine", mapping, number, line);
            }
            ImportField field = mapped.get();
            if (column < 0) {
                throw new OfficeException("cli.import.error.noSuchHeader", left, mapping, number);
            }
            columns.put(field, column);
        }
        Map<ImportField, Integer> merged = new EnumMap<>(ImportField.class);
        proposed.columns().forEach((field, column) -> {
            if (!columns.containsValue(column)) {
                merged.put(field, column);
            }
        });
        merged.putAll(columns);
        return new ImportSettings(what, proposed.eventId(), merged, values, order, proposed.onDuplicate(), Map.of(),
                proposed.campaignId());
    }

    private static Optional<ImportField> field(String word, ImportKind what) {
        String wanted = word.strip().replace('-', '_');
        return what.fields().stream().filter(field -> field.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /** One past import: its number, when (local time), kind, file, who, counts, and when undone and by whom. */
    private static String batchLine(ImportBatch batch, Messages messages) {
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm",
                Locale.ROOT).withZone(ZoneId.systemDefault());
        String line = messages.get("cli.import.list.line", String.valueOf(batch.id()),
                minutes.format(batch.importedAt()), batch.kind().word(), batch.fileName(), batch.actor(),
                batch.created(), batch.updated(), batch.skipped(), batch.errors());
        return batch.undone() ? line + messages.get("cli.import.list.undone", minutes.format(batch.undoneAt()),
                batch.undoneBy()) : line;
    }
}
