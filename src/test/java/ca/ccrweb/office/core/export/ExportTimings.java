package ca.ccrweb.office.core.export;

import ca.ccrweb.office.core.export.Samples.Member;
import ca.ccrweb.office.core.l10n.Language;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Not a test: times warm exports of the sizes the office works with (100,000 rows in xlsx and CSV, 10,000 in
 * PDF); the arguments pick formats, all by default. Run it from the IDE, or after {@code ./mvnw test-compile}
 * with the test classpath. Timings depend on the machine; nothing asserts them.
 */
public final class ExportTimings {
    private static final int RUNS = 7;

    private ExportTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("export-timings");
        TableExporter exporter = new TableExporter(Samples.CLOCK);
        List<Column<Member>> columns = new ArrayList<>(Samples.frenchColumns());
        columns.add(Column.text("Ville", 12, member -> member.number() % 2 == 0 ? "Montréal" : "Québec"));

        List<String> wanted = args.length == 0 ? List.of("xlsx", "csv", "pdf") : List.of(args);
        for (String name : wanted) {
            ExportFormat format = ExportFormat.parse(name);
            int rows = format == ExportFormat.PDF ? 10_000 : 100_000;
            time(exporter, new TableExport<>("Membres", columns, Samples.members(rows), Language.FR), format, folder);
        }
    }

    private static void time(TableExporter exporter, TableExport<Member> table, ExportFormat format, Path folder)
            throws Exception {
        Path file = folder.resolve("timings." + format.extension());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> millis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            exporter.export(table, format, file, ExportProgress.NONE);
            millis.add((System.nanoTime() - start) / 1_000_000);
            cpuMillis.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
        }
        // The exporting thread's CPU time, besides the wall clock: on a busy machine it is the steadier figure.
        System.out.printf("%s, %,d rows x %d columns, %,d bytes: warm median %d ms (thread CPU %d ms); runs %s%n",
                format, table.rows().size(), table.columns().size(), Files.size(file),
                warmMedian(millis), warmMedian(cpuMillis), millis);
    }

    private static long warmMedian(List<Long> millis) {
        List<Long> warm = new ArrayList<>(millis.subList(2, millis.size()));
        Collections.sort(warm);
        return warm.get(warm.size() / 2);
    }
}
