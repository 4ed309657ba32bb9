package ca.ccrweb.office.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Exports a table to an xlsx, PDF or CSV file, written whole or not at all ({@link AtomicFile}): a cancelled or
 * failed export leaves no partial file and keeps whatever file was there before.
 *
 * <p>The clock gives the PDF's "generated on" date and the time zone in which date-times are shown.
 */
public final class TableExporter {
    private final Clock clock;

    public TableExporter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public <T> void export(TableExport<T> table, ExportFormat format, Path output, ExportProgress progress)
            throws IOException {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(progress, "progress");
        AtomicFile.write(output, out -> writerFor(format).write(table, out, progress));
    }

    private TableWriter writerFor(ExportFormat format) {
        return switch (format) {
            case XLSX -> new XlsxTableWriter(clock.getZone());
            case PDF -> new PdfTableWriter(PdfFonts.load(), clock);
            case CSV -> new CsvTableWriter(clock.getZone());
        };
    }
}
