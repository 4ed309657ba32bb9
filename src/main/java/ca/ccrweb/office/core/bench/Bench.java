package ca.ccrweb.office.core.bench;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.CollatedSort;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.demo.DemoData;
import ca.ccrweb.office.core.demo.DemoEvents;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationExport;
import ca.ccrweb.office.core.events.RegistrationFilter;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.export.TableExporter;
import ca.ccrweb.office.core.imports.ImportFile;
import ca.ccrweb.office.core.imports.ImportKind;
import ca.ccrweb.office.core.imports.ImportPreview;
import ca.ccrweb.office.core.imports.ImportProgress;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * The registration list at many times the office's volume: a database of 100,000 registrations over 50
 * events in a temporary folder, then the list of the largest event loaded, filtered as someone types,
 * sorted, the dashboard loaded, and exports of 100,000 rows to xlsx and 10,000 to PDF. Each figure is the best of a few warm runs;
 * one line per figure, {@code name: value unit}.
 */
public final class Bench {
    private static final int EVENTS = 50;
    private static final int REGISTRATIONS = 100_000;
    private static final int PDF_ROWS = 10_000;
    private static final int RUNS = 3;
    private static final int IMPORT_ROWS = 100_000;
    private static final int FIRST_ROWS = 100;

    /** More to measure on the same database once the figures above are printed (the screen, from the desktop). */
    @FunctionalInterface
    public interface FurtherMeasure {
        void measure(OfficeServices services, long largestEventId, PrintWriter out) throws Exception;
    }

    private final PrintWriter out;
    private final FurtherMeasure further;

    public Bench(PrintWriter out) {
        this(out, null);
    }

    public Bench(PrintWriter out, FurtherMeasure further) {
        this.out = out;
        this.further = further;
    }

    public void run() throws Exception {
        Path folder = Files.createTempDirectory("ccr-office-bench");
        try {
            measure(folder);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /**
     * 100,000 people in a CSV file (accents, semicolons, UTF-8) imported into an empty database: the first
     * rows previewed as the file is chosen, reading the file, the preview of every row, then validating and
     * writing them in one transaction; the rate counts reading, validating and writing (by the clock, and by
     * the importing thread's CPU time, which a machine shared with other work does not inflate). Peak heap
     * over the three as the sum of each heap pool's peak, and the most the heap held after a collection
     * (what the import kept alive).
     */
    public void measureImport(Path folder) throws Exception {
        Path csv = folder.resolve("people.csv");
        try (var writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            writer.write("Nom complet;Courriel;Téléphone;Langue;Organisme\r\n");
            String[] names = {"Amina Haddad", "Jean-François Côté", "Nguyễn Thị Hoa", "Tesfay Gebremariam",
                    "Marie-Ève Tremblay"};
            for (int i = 0; i < IMPORT_ROWS; i++) {
                writer.write(names[i % names.length] + " " + i + ";personne" + i + "@example.org;514-555-"
                        + String.format(Locale.ROOT, "%04d", i % 10_000) + ";" + (i % 2 == 0 ? "fr" : "English")
                        + ";Groupe " + (i % 300) + "\r\n");
            }
        }
        try (OfficeServices services = OfficeServices.open(DatabaseSettings.sqliteFile(folder.resolve("import.db")),
                Actor.named("bench"))) {
            Callable<ImportPreview> firstRows = () -> {
                var first = services.imports().readFirst(csv, FIRST_ROWS);
                return services.imports().preview(first,
                        services.imports().propose(first, ImportKind.CONTACTS, null));
            };
            long firstStarted = System.nanoTime();
            var firstShown = firstRows.call();
            long firstPreviewCold = System.nanoTime() - firstStarted;
            long firstPreview = best(firstRows);
            System.gc();
            resetPeaks();
            LiveHeap live = LiveHeap.watch();
            var threads = ManagementFactory.getThreadMXBean();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            ImportFile file = services.imports().read(csv);
            var settings = services.imports().propose(file, ImportKind.CONTACTS, null);
            long read = System.nanoTime() - started;
            long cpu = threads.getCurrentThreadCpuTime() - cpuStarted;
            started = System.nanoTime();
            services.imports().preview(file, settings);
            long preview = System.nanoTime() - started;
            started = System.nanoTime();
            cpuStarted = threads.getCurrentThreadCpuTime();
            var result = services.imports().importRows(file, settings,
                    ImportProgress.NONE, false);
            long written = System.nanoTime() - started;
            cpu += threads.getCurrentThreadCpuTime() - cpuStarted;
            print("import.rows", result.created(), "rows");
            print("import.read", read / 1_000_000, "ms");
            print("import.preview", preview / 1_000_000, "ms");
            print("import.write", written / 1_000_000, "ms");
            print("import.rate", Math.round(result.created() / ((read + written) / 1e9)), "rows/s");
            print("import.cpu", cpu / 1_000_000, "ms");
            print("import.memory.peak.heap", peakHeapMegabytes(), "MB");
            print("import.rate.cpu", Math.round(result.created() / (cpu / 1e9)), "rows/s");
            print("import.memory.live.heap", live.stop() / (1024 * 1024), "MB");
            print("import.preview.first.rows", firstShown.rows().size(), "rows");
            print("import.preview.first", firstPreview, "ms");
            print("import.preview.first.cold", firstPreviewCold / 1_000_000, "ms");
        }
    }

    private void measure(Path folder) throws Exception {
        measureImport(folder);
        try (OfficeServices services = OfficeServices.open(DatabaseSettings.sqliteFile(folder.resolve("bench.db")),
                Actor.named("bench"))) {
            long started = System.nanoTime();
            DemoData.generate(services, 1, DemoData.DEFAULT_SEED);
            DemoEvents.Report report = DemoEvents.generate(services, EVENTS, REGISTRATIONS, DemoData.DEFAULT_SEED);
            print("database.create", seconds(System.nanoTime() - started), "s");
            print("database.events", report.events(), "events");
            print("database.registrations", report.registrations(), "registrations");
            System.gc();
            resetPeaks();

            Event largest = null;
            int largestSize = -1;
            List<Registration> all = new ArrayList<>(REGISTRATIONS);
            for (Event event : services.events().all()) {
                List<Registration> registrations = services.registrations().ofEvent(event.id());
                all.addAll(registrations);
                if (registrations.size() > largestSize) {
                    largestSize = registrations.size();
                    largest = event;
                }
            }
            Event biggest = largest;
            long eventId = biggest.id();
            print("list.rows", largestSize, "rows");
            print("list.load", best(() -> services.registrations().ofEvent(eventId)), "ms");

            List<Registration> list = services.registrations().ofEvent(eventId);
            print("list.index", best(() -> new RegistrationFilter(list)), "ms");
            RegistrationFilter filter = new RegistrationFilter(list);
            String typed = "tremblay";
            print("list.filter.keystroke", best(() -> {
                List<Registration> matching = null;
                for (int length = 1; length <= typed.length(); length++) {
                    matching = filter.matching(RegistrationFilter.Criteria.text(typed.substring(0, length)));
                }
                return matching;
            }) / typed.length(), "ms");
            print("dashboard.load", best(() -> services.dashboard().load()), "ms");
            print("list.sort", best(() -> CollatedSort.sorted(list, Registration::fullName, Locale.CANADA_FRENCH, false)),
                    "ms");

            TableExporter exporter = new TableExporter(services.clock());
            Messages messages = Messages.of(Language.FR);
            Path xlsx = folder.resolve("registrations.xlsx");
            Path pdf = folder.resolve("registrations.pdf");
            List<Registration> hundredThousand = all.subList(0, Math.min(REGISTRATIONS, all.size()));
            List<Registration> tenThousand = all.subList(0, Math.min(PDF_ROWS, all.size()));
            print("export.xlsx.rows", hundredThousand.size(), "rows");
            print("export.xlsx", best(() -> export(exporter, biggest, hundredThousand, messages, ExportFormat.XLSX, xlsx)), "ms");
            print("export.pdf.rows", tenThousand.size(), "rows");
            print("export.pdf", best(() -> export(exporter, biggest, tenThousand, messages, ExportFormat.PDF, pdf)), "ms");
            print("memory.peak.heap", peakHeapMegabytes(), "MB");
            if (further != null) {
                further.measure(services, eventId, out);
            }
        }
        // opening the same 100,000 registrations again in new services, as at start-up, then the events list
        new SharedDatabaseBench(out).measureOpening("sqlite", DatabaseSettings.sqliteFile(folder.resolve("bench.db")));
    }

    private static Path export(TableExporter exporter, Event event, List<Registration> rows, Messages messages,
                               ExportFormat format, Path file) throws IOException {
        exporter.export(RegistrationExport.registrations(event, rows, RegistrationExport.DEFAULT_COLUMNS, messages),
                format, file, ExportProgress.NONE);
        return file;
    }

    /** The fastest of a few runs, after the first warmed the code up. */
    private static long best(Callable<?> work) throws Exception {
        work.call();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            work.call();
            best = Math.min(best, System.nanoTime() - started);
        }
        return best / 1_000_000;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private void print(String name, Object value, String unit) {
        out.println(name + ": " + value + " " + unit);
        out.flush();
    }
}
