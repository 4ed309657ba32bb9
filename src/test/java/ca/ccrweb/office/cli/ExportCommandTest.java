package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.communications.Quarter;
import ca.ccrweb.office.core.communications.QuarterlyUpdateDraft;
import ca.ccrweb.office.core.communications.UpdateSection;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.l10n.Language;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {
    @TempDir
    static Path demo;

    @TempDir
    Path folder;

    private static String database;

    @BeforeAll
    static void fillADemoDatabase() {
        database = demo.resolve("office.db").toString();
        assertThat(CommandRun.of("--database", database, "demo-data").exitCode()).isZero();
    }

    @Test
    void organizationsGoToAnXlsxSheetWithEveryOrganization() throws Exception {
        Path output = folder.resolve("members.xlsx");

        CommandRun result = CommandRun.of("--language", "en", "--database", database,
                "export", "organizations", "--format", "xlsx", "--output", output.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().strip()).isEqualTo("Exported 41 organizations to " + output);
        try (InputStream in = Files.newInputStream(output); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(1 + 41);
            assertThat(texts(sheet)).contains("Centre d'accueil et d'intégration des immigrants du Bas-Saint-Laurent",
                    "Sept-Îles", "Trois-Rivières", "Nunavut");
        }
    }

    @Test
    void accountsGoToAUtf8CsvWithHeadersInTheChosenLanguageAndNamesIntact() throws Exception {
        Path output = folder.resolve("comptes.csv");

        CommandRun result = CommandRun.of("--database", database, "export", "accounts", "--format", "CSV",
                "--output", output.toString(), "--language", "fr");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo("97 comptes exportés vers " + output);
        String csv = Files.readString(output, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).hasSize(1 + 33 + 64);
        assertThat(lines.getFirst()).contains("Nom complet");
        assertThat(csv).contains("محمد عبد الله", "ተስፋዬ ገብረመድህን", "Nguyễn Thị Hương", "Zoë Côté-Bélanger",
                "Ayşe Yılmaz");
    }

    @Test
    void organizationsGoToAPdfThatReplacesAnOlderFile() throws Exception {
        Path output = Files.writeString(folder.resolve("members.pdf"), "last month's list");

        CommandRun result = CommandRun.of("--language", "en", "--database", database,
                "export", "organizations", "--format", "pdf", "--output", output.toString());

        assertThat(result.exitCode()).isZero();
        byte[] pdf = Files.readAllBytes(output);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(10_000);
        try (var leftovers = Files.list(folder)) {
            assertThat(leftovers).containsExactly(output);
        }
    }

    @Test
    void fundAwardsOfAYearGoToAnXlsxSheetWithTypedAmounts() throws Exception {
        Path output = folder.resolve("awards.xlsx");
        int year = java.time.LocalDate.now().getYear() - 1;

        CommandRun result = CommandRun.of("--language", "en", "--database", database,
                "export", "fund-awards", "--year", String.valueOf(year), "--format", "xlsx", "--output",
                output.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).matches("Exported \\d+ fund awards to " + java.util.regex.Pattern.quote(
                output.toString()));
        try (InputStream in = Files.newInputStream(output); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Applicant");
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Awarded");
            assertThat(sheet.getPhysicalNumberOfRows()).isGreaterThan(2);
            assertThat(texts(sheet)).contains("Leadership stream", "Participation stream");
            Cell awarded = sheet.getRow(1).getCell(6);
            assertThat(awarded.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(awarded.getNumericCellValue()).isPositive();
        }
    }

    @Test
    void fundAwardsNeedTheirYear() {
        CommandRun noYear = CommandRun.of("--language", "en", "--database", database, "export", "fund-awards",
                "--format", "csv", "--output", folder.resolve("awards.csv").toString());

        assertThat(noYear.exitCode()).isEqualTo(2);
        assertThat(noYear.err()).contains("Give the year with --year Y to export the fund awards.");
    }

    @Test
    void exportRefusesAnUnknownListOrFormatAsUsageErrors() {
        String output = folder.resolve("members.xlsx").toString();

        CommandRun unknownKind = CommandRun.of("--language", "en",
                "export", "people", "--format", "xlsx", "--output", output);
        CommandRun unknownFormat = CommandRun.of("--language", "en",
                "export", "organizations", "--format", "docx", "--output", output);
        CommandRun noOutput = CommandRun.of("--language", "en", "export", "organizations", "--format", "pdf");

        assertThat(unknownKind.exitCode()).isEqualTo(2);
        assertThat(unknownKind.err())
                .contains("Unknown export 'people': choose organizations, accounts, registrations, payments, "
                        + "fund-awards, quarterly-update, directory or dues.");
        assertThat(unknownFormat.exitCode()).isEqualTo(2);
        assertThat(unknownFormat.err()).contains("Unknown format 'docx': choose xlsx, pdf or csv.");
        assertThat(noOutput.exitCode()).isEqualTo(2);
        assertThat(noOutput.err()).contains("--output");
        CommandRun noFormat = CommandRun.of("--language", "en", "export", "organizations", "--output", output);
        assertThat(noFormat.exitCode()).isEqualTo(2);
        assertThat(noFormat.err()).contains("Give the file format with --format xlsx, pdf or csv.");
    }

    @Test
    void theQuarterlyUpdateGoesToATwoPagePdfInTheChosenLanguage() throws Exception {
        Quarter quarter = Quarter.of(LocalDate.now());
        Path french = folder.resolve("mise-a-jour.pdf");
        Path english = folder.resolve("update.pdf");

        CommandRun inFrench = CommandRun.of("--database", database, "export", "quarterly-update",
                "--year", String.valueOf(quarter.year()), "--quarter", String.valueOf(quarter.quarter()),
                "--language", "fr", "--output", french.toString());
        CommandRun inEnglish = CommandRun.of("--database", database, "export", "quarterly-update",
                "--year", String.valueOf(quarter.year()), "--quarter", String.valueOf(quarter.quarter()),
                "--language", "en", "--output", english.toString());

        assertThat(inFrench.exitCode()).isZero();
        assertThat(inFrench.err()).isEmpty();
        assertThat(inFrench.out()).contains("Mise à jour trimestrielle", "2 page(s)", french.toString());
        assertThat(inEnglish.exitCode()).isZero();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(french.toFile()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(1)))
                    .contains("MISE À JOUR TRIMESTRIELLE", "Protéger les familles, renforcer le réseau");
        }
        try (PdfDocument pdf = new PdfDocument(new PdfReader(english.toFile()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(1))).contains("QUARTERLY UPDATE");
        }
    }

    @Test
    void theQuarterlyUpdateOnA4OrItsFirstPageAlone() throws Exception {
        Quarter quarter = Quarter.of(LocalDate.now());
        Path output = folder.resolve("page1.pdf");

        CommandRun run = CommandRun.of("--language", "en", "--database", database, "export", "quarterly-update",
                "--year", String.valueOf(quarter.year()), "--quarter", String.valueOf(quarter.quarter()),
                "--output", output.toString(), "--paper", "a4", "--page1-only", "--format", "PDF");

        assertThat(run.exitCode()).isZero();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(output.toFile()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(1).getPageSize().getWidth()).isEqualTo(PageSize.A4.getWidth());
        }
    }

    @Test
    void aQuarterlyUpdateThatOverflowsIsWrittenWithAWarningNamingThePage() throws Exception {
        Path crowdedDatabase = folder.resolve("crowded.db");
        try (OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(crowdedDatabase),
                Actor.named("test"))) {
            office.quarterlyUpdates().create(new QuarterlyUpdateDraft(2026, 2, Language.EN, "Too long",
                    LocalDate.of(2026, 6, 15), null, List.of(new UpdateSection(2, "Annex",
                    "- a line of the annex that keeps going on\n".repeat(60))), null, List.of()));
        }
        Path output = folder.resolve("crowded.pdf");

        CommandRun run = CommandRun.of("--language", "en", "--database", crowdedDatabase.toString(), "export",
                "quarterly-update", "--year", "2026", "--quarter", "2", "--output", output.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).startsWith("Warning: page 2 of this update is too full (");
        assertThat(run.out()).contains("(draft, 3 page(s))");
        assertThat(output).isRegularFile();
    }

    @Test
    void theQuarterlyUpdateRefusesAnotherFormatMissingOptionsAndAQuarterWithoutUpdate() {
        String output = folder.resolve("update.pdf").toString();

        CommandRun docx = CommandRun.of("--language", "en", "--database", database, "export", "quarterly-update",
                "--year", "2026", "--quarter", "4", "--format", "docx", "--output", output);
        CommandRun noQuarter = CommandRun.of("--language", "en", "--database", database, "export",
                "quarterly-update", "--year", "2026", "--output", output);
        CommandRun badPaper = CommandRun.of("--language", "en", "--database", database, "export",
                "quarterly-update", "--year", "2026", "--quarter", "4", "--paper", "legal", "--output", output);
        CommandRun noUpdate = CommandRun.of("--language", "en", "--database", database, "export",
                "quarterly-update", "--year", "2001", "--quarter", "2", "--output", output);

        assertThat(docx.exitCode()).isEqualTo(2);
        assertThat(docx.err()).contains("The quarterly update is written only as PDF, not 'docx'.");
        assertThat(noQuarter.exitCode()).isEqualTo(2);
        assertThat(noQuarter.err()).contains("Give the update with --year, --quarter and --language.");
        assertThat(badPaper.exitCode()).isEqualTo(2);
        assertThat(badPaper.err()).contains("Unknown paper 'legal': choose letter or a4.");
        assertThat(noUpdate.exitCode()).isEqualTo(1);
        assertThat(noUpdate.err().strip()).isEqualTo("There is no quarterly update for Q2 2001 in the language en.");
        assertThat(noUpdate.printedAStackTrace()).isFalse();
        assertThat(Files.exists(Path.of(output))).isFalse();
    }

    @Test
    void exportRefusesAMissingFolderOrAFolderAsTheOutputBeforeOpeningTheDatabase() throws Exception {
        Path database = folder.resolve("office.db");
        Path missing = folder.resolve("no-such-folder").resolve("members.csv");
        Path aFolder = Files.createDirectory(folder.resolve("exports"));

        CommandRun intoMissingFolder = CommandRun.of("--language", "en", "--database", database.toString(),
                "export", "organizations", "--format", "csv", "--output", missing.toString());
        CommandRun ontoAFolder = CommandRun.of("--language", "en", "--database", database.toString(),
                "export", "accounts", "--format", "csv", "--output", aFolder.toString());

        assertThat(intoMissingFolder.exitCode()).isEqualTo(1);
        assertThat(intoMissingFolder.err().strip())
                .isEqualTo("The folder " + missing.getParent()
                        + " does not exist: create it first or choose another file.");
        assertThat(ontoAFolder.exitCode()).isEqualTo(1);
        assertThat(ontoAFolder.err()).contains(aFolder + " is a folder");
        assertThat(Files.exists(database)).isFalse();
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
