package ca.ccrweb.office.core.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Objects;

/**
 * Exports a table to an xlsx, PDF or CSV file. The file is written beside its destination under a temporary
 * name and moved into place only once complete, so a cancelled or failed export leaves no partial file and
 * keeps whatever file was there before.
 *
 * <p>The clock gives the PDF's "generated on" date and the time zone in which date-times are shown.
 */
public final class TableExporter {
    private static final int BUFFER_SIZE = 1 << 16;

    private final Clock clock;

    public TableExporter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public <T> void export(TableExport<T> table, ExportFormat format, Path output, ExportProgress progress)
            throws IOException {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(progress, "progress");
        Path target = output.toAbsolutePath();
        AtomicFile.removeLeftovers(target);
        Path partial = AtomicFile.partialFileFor(target);
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    BUFFER_SIZE)) {
                writerFor(format).write(table, out, progress);
            }
            moveIntoPlace(partial, target);
        } catch (Throwable failure) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException deleteFailure) {
                failure.addSuppressed(deleteFailure);
            }
            throw failure;
        }
    }

    private TableWriter writerFor(ExportFormat format) {
        return switch (format) {
            case XLSX -> new XlsxTableWriter(clock.getZone());
            case PDF -> new PdfTableWriter(PdfFonts.load(), clock);
            case CSV -> new CsvTableWriter(clock.getZone());
        };
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
