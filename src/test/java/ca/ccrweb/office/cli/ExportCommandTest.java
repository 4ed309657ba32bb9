package ca.ccrweb.office.cli;

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
                .contains("Unknown export 'people': choose organizations, accounts, registrations, payments or fund-awards.");
        assertThat(unknownFormat.exitCode()).isEqualTo(2);
        assertThat(unknownFormat.err()).contains("Unknown format 'docx': choose xlsx, pdf or csv.");
        assertThat(noOutput.exitCode()).isEqualTo(2);
        assertThat(noOutput.err()).contains("--output");
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
