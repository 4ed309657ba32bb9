package ca.ccrweb.office.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ca.ccrweb.office.core.export.Samples.Member;
import ca.ccrweb.office.core.l10n.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableWriterTest {
    @TempDir
    Path folder;

    private String export(TableExport<Member> table) throws Exception {
        Path file = folder.resolve("members.csv");
        new TableExporter(Samples.CLOCK).export(table, ExportFormat.CSV, file, ExportProgress.NONE);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void startsWithAByteOrderMarkThenTheHeaderRow() throws Exception {
        String text = export(Samples.frenchTable(1));
        assertThat(text).startsWith(
                "Numéro,Nom,Organisme,Cotisation,Date d’adhésion,Dernière visite,Remarque\r\n");
    }

    @Test
    void valuesAreWrittenForMachines() throws Exception {
        String text = export(Samples.frenchTable(1));
        assertThat(text.split("\r\n")[1]).isEqualTo(
                "1,Nguyễn Thị Hương,Société d’accueil de Montréal,12.50,2026-03-14,2026-11-23 10:00:00,"
                        + "\"Parle « français », anglais\"");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() throws Exception {
        Member tricky = new Member(7, "Tran, \"Lily\"", "Ligne 1\r\nLigne 2", -5L, null, null, "Seule\nligne");
        String text = export(new TableExport<>("Membres", Samples.frenchColumns(), List.of(tricky), Language.FR));
        assertThat(text).endsWith(
                "\r\n7,\"Tran, \"\"Lily\"\"\",\"Ligne 1\r\nLigne 2\",-0.05,,,\"Seule\nligne\"\r\n");
    }

    @Test
    void accentsAndOtherScriptsSurviveUtf8() throws Exception {
        String text = export(Samples.frenchTable(3));
        assertThat(text).contains(Samples.VIETNAMESE, Samples.ARABIC, Samples.ETHIOPIC, "Montréal");
    }

    @Test
    void eachRowEndsWithCrLf() throws Exception {
        String text = export(Samples.frenchTable(5));
        assertThat(text.split("\r\n", -1)).hasSize(1 + 5 + 1);
        assertThat(text).endsWith("\r\n");
    }

    @Test
    void aValueOfTheWrongTypeFailsWithTheColumnName() {
        Column<Member> wrong = new Column<>("Cotisation", CellType.MONEY, member -> "12,50", 10);
        TableExport<Member> table = new TableExport<>("Membres", List.of(wrong), Samples.members(1), Language.FR);
        Path file = folder.resolve("wrong.csv");

        Throwable thrown = catchThrowable(() ->
                new TableExporter(Samples.CLOCK).export(table, ExportFormat.CSV, file, ExportProgress.NONE));

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Cotisation");
        assertThat(file).doesNotExist();
    }

    @Test
    void instantsAreShownInTheClockZone() throws Exception {
        Instant summerNight = Instant.parse("2026-07-01T03:30:00Z");
        Member member = new Member(1, "Ana", "", 0L, LocalDate.of(2026, 1, 2), summerNight, "");
        String text = export(new TableExport<>("Membres", Samples.frenchColumns(), List.of(member), Language.FR));
        assertThat(text).contains(",2026-06-30 23:30:00,");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsTheOwaspApostropheWhileNumbersStayNumbers() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        List<Member> members = List.of(
                new Member(1, formula, "+1 514 555-0100", -250L, LocalDate.of(2026, 3, 14), null, "@home"),
                new Member(2, "-Amina", "\tTabbed", 0L, LocalDate.of(2026, 3, 15), null, "Zoë"));
        String text = export(new TableExport<>("Membres", Samples.frenchColumns(), members, Language.FR));

        String[] lines = text.split("\r\n");
        assertThat(lines[1]).isEqualTo(
                "1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",'+1 514 555-0100,-2.50,2026-03-14,,'@home");
        assertThat(lines[2]).isEqualTo("2,'-Amina,'\tTabbed,0.00,2026-03-15,,Zoë");
        assertThat(CsvTableWriter.formulaSafe(formula).substring(1)).isEqualTo(formula);
    }
}
