package ca.ccrweb.office.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ca.ccrweb.office.core.export.Samples.Member;
import ca.ccrweb.office.core.l10n.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TableExporterTest {
    private static final String EARLIER_EXPORT = "the export made last week";

    @TempDir
    Path folder;

    private final TableExporter exporter = new TableExporter(Samples.CLOCK);

    /** Cancels once the export has reported some progress, as a user clicking "Cancel" midway would. */
    private static final class CancelMidway implements ExportProgress {
        final List<Long> reported = new ArrayList<>();

        @Override
        public void update(long rowsDone, long rowsTotal) {
            reported.add(rowsDone);
        }

        @Override
        public boolean isCancelled() {
            return reported.size() >= 2;
        }
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aCompletedExportReportsEveryRowAndLeavesOnlyTheFile(ExportFormat format) throws Exception {
        Path file = folder.resolve("members." + format.extension());
        List<long[]> updates = new ArrayList<>();
        ExportProgress progress = new ExportProgress() {
            @Override
            public void update(long rowsDone, long rowsTotal) {
                updates.add(new long[] {rowsDone, rowsTotal});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        exporter.export(Samples.frenchTable(1_000), format, file, progress);

        assertThat(filesInFolder()).containsExactly(file);
        assertThat(Files.size(file)).isPositive();
        assertThat(updates.getLast()).containsExactly(1_000, 1_000);
        assertThat(updates.size()).isGreaterThan(2);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aCancelledExportLeavesNoFileBehind(ExportFormat format) throws Exception {
        Path file = folder.resolve("members." + format.extension());

        Throwable thrown = catchThrowable(
                () -> exporter.export(Samples.frenchTable(2_000), format, file, new CancelMidway()));

        assertThat(thrown).isInstanceOf(ExportCancelledException.class);
        assertThat(filesInFolder()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aCancelledExportKeepsTheEarlierFile(ExportFormat format) throws Exception {
        Path file = folder.resolve("members." + format.extension());
        Files.writeString(file, EARLIER_EXPORT);

        Throwable thrown = catchThrowable(
                () -> exporter.export(Samples.frenchTable(2_000), format, file, new CancelMidway()));

        assertThat(thrown).isInstanceOf(ExportCancelledException.class);
        assertThat(filesInFolder()).containsExactly(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(EARLIER_EXPORT);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aFailedExportKeepsTheEarlierFileAndLeavesNoPartialFile(ExportFormat format) throws Exception {
        Path file = folder.resolve("members." + format.extension());
        Files.writeString(file, EARLIER_EXPORT);
        List<Member> rows = Samples.members(1_000);
        Member broken = rows.get(700);
        Column<Member> failing = Column.text("Nom", 20, member -> {
            if (member == broken) {
                throw new IllegalStateException("the database went away");
            }
            return member.name();
        });
        TableExport<Member> table = new TableExport<>("Membres", List.of(failing), rows, Language.FR);

        Throwable thrown = catchThrowable(() -> exporter.export(table, format, file, ExportProgress.NONE));

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("the database went away");
        assertThat(filesInFolder()).containsExactly(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(EARLIER_EXPORT);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aCompletedExportReplacesTheEarlierFile(ExportFormat format) throws Exception {
        Path file = folder.resolve("members." + format.extension());
        Files.writeString(file, EARLIER_EXPORT);

        exporter.export(Samples.frenchTable(10), format, file, ExportProgress.NONE);

        assertThat(filesInFolder()).containsExactly(file);
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).isNotEqualTo(EARLIER_EXPORT);
    }

    @org.junit.jupiter.api.Test
    void partialFilesLeftByAnExportKilledHalfWayAreRemovedByTheNextExportOfTheSameFile() throws Exception {
        Path file = folder.resolve("members.xlsx");
        Path killedExport = Files.writeString(folder.resolve(".members.xlsx.0a1b2c3d.part"), "half an export");
        Path killedLetter = Files.writeString(folder.resolve(".letter.pdf.99aa88bb.part"), "half a letter");
        Path someoneElses = Files.writeString(folder.resolve("notes.part"), "not ours");

        exporter.export(Samples.frenchTable(10), ExportFormat.XLSX, file, ExportProgress.NONE);

        assertThat(killedExport).doesNotExist();
        assertThat(filesInFolder()).containsExactlyInAnyOrder(file, killedLetter, someoneElses);
        AtomicFile.write(folder.resolve("letter.pdf"), out -> out.write(1));
        assertThat(killedLetter).doesNotExist();
        assertThat(someoneElses).exists();
    }
}
