package ca.ccrweb.office.cli;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** export groups, resolutions and the book of resolutions, on the demo database. */
class GroupsCommandsTest {
    @TempDir
    static Path demo;

    @TempDir
    Path folder;

    private static String database;
    private static CommandRun demoData;

    @BeforeAll
    static void fillADemoDatabase() {
        database = demo.resolve("office.db").toString();
        demoData = CommandRun.of("--language", "en", "--database", database, "demo-data");
        assertThat(demoData.exitCode()).isZero();
    }

    @Test
    void demoDataMakesTheGroupsChairsCommitteeResolutionsAndProposalsOnce() {
        assertThat(demoData.out()).contains("Groups: 18 chair terms, 39 members, 10 executive committee terms, "
                + "31 resolutions, 7 workshop proposals");
        CommandRun again = CommandRun.of("--language", "en", "--database", database, "demo-data");
        assertThat(again.out()).contains(
                "Already complete from an earlier run, left as it was: groups, executive committee and resolutions")
                .doesNotContain("Groups:");
    }

    @Test
    void groupsGoToACsvWithTheRealGroupNamesTheirChairsAndMembers() throws Exception {
        Path output = folder.resolve("groupes.csv");

        CommandRun result = CommandRun.of("--database", database, "--language", "fr", "export", "groups",
                "--format", "csv", "--output", output.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo("57 lignes de la liste des groupes exportées vers " + output);
        String csv = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("Groupe").contains("Rôle").contains("Personne-ressource");
        assertThat(csv).contains("Immigration et établissement", "Protection au Canada",
                "Protection outremer et parrainage", "Réseau des jeunes", "Comité anti-traite", "Coprésidence (1)",
                "Noyau de jeunes", "Présidence");
    }

    @Test
    void theExecutiveRosterIsOnePageInEachLanguageAndAnHtmlFragmentForTheWebsite() throws Exception {
        Path french = folder.resolve("comite-executif.pdf");
        Path english = folder.resolve("executive-roster.pdf");
        Path html = folder.resolve("executive-roster.html");

        CommandRun fr = CommandRun.of("--database", database, "--language", "fr", "export", "executive-roster",
                "--output", french.toString());
        CommandRun en = CommandRun.of("--database", database, "--language", "en", "export", "executive-roster",
                "--format", "pdf", "--output", english.toString());
        CommandRun web = CommandRun.of("--database", database, "--language", "en", "export", "executive-roster",
                "--format", "html", "--output", html.toString());
        CommandRun xlsx = CommandRun.of("--database", database, "--language", "fr", "export", "executive-roster",
                "--format", "xlsx", "--output", folder.resolve("x.xlsx").toString());

        assertThat(fr.exitCode()).as(fr.err()).isZero();
        assertThat(fr.out()).matches("(?s)Liste écrite \\(\\d+ au comité exécutif, \\d+ à la tête des groupes\\).*\\s*");
        assertThat(en.exitCode()).as(en.err()).isZero();
        assertThat(web.exitCode()).as(web.err()).isZero();
        for (Path pdf : List.of(french, english)) {
            try (PdfDocument document = new PdfDocument(new PdfReader(pdf.toFile()))) {
                assertThat(document.getNumberOfPages()).as(pdf.toString()).isEqualTo(1);
            }
        }
        String frenchText = pdfText(french);
        String englishText = pdfText(english);
        assertThat(frenchText).contains("Comité exécutif et présidences des groupes", "Présidence",
                "Groupes de travail et réseaux", "Immigration et établissement");
        assertThat(englishText).contains("Executive committee and group chairs", "President",
                "Working groups and networks", "Inland Protection");
        String fragment = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(fragment).startsWith("<section class=\"executive-roster\" lang=\"en\">")
                .contains("<h2>Executive committee and group chairs</h2>", "<dt>Inland Protection</dt>")
                .doesNotContain("<script");
        assertThat(xlsx.exitCode()).isEqualTo(2);
        assertThat(xlsx.err()).contains("La liste s’écrit en PDF ou en HTML, pas en", "xlsx");
        assertThat(folder.resolve("x.xlsx")).doesNotExist();
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PdfDocument document = new PdfDocument(new PdfReader(pdf.toFile()))) {
            return com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(document.getPage(1))
                    .replace('\u00a0', ' ').replace('\u202f', ' ');
        }
    }

    @Test
    void resolutionsOfOneYearGoToAnXlsxSheetInEnglish() throws Exception {
        Path output = folder.resolve("resolutions.xlsx");
        int year = LocalDate.now().getYear() - 2;

        CommandRun result = CommandRun.of("--language", "en", "--database", database, "export", "resolutions",
                "--year", String.valueOf(year), "--format", "xlsx", "--output", output.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).matches("Exported \\d resolutions to .*");
        try (InputStream in = Files.newInputStream(output); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Number");
            assertThat(sheet.getPhysicalNumberOfRows()).isBetween(4, 6);
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(0).getStringCellValue()).startsWith(year + "-0");
                }
            }
        }
    }

    @Test
    void theBookOfResolutionsOfAYearIsWrittenInEachLanguage() throws Exception {
        int year = LocalDate.now().getYear() - 2;
        Path french = folder.resolve("recueil.pdf");
        Path english = folder.resolve("book.pdf");

        CommandRun fr = CommandRun.of("--database", database, "--language", "fr", "export", "resolutions-book",
                "--year", String.valueOf(year), "--output", french.toString());
        CommandRun en = CommandRun.of("--database", database, "--language", "en", "export", "resolutions-book",
                "--year", String.valueOf(year), "--format", "pdf", "--output", english.toString());

        assertThat(fr.exitCode()).isZero();
        assertThat(en.exitCode()).isZero();
        assertThat(fr.out()).startsWith("Recueil des résolutions " + year);
        String frenchText = text(french);
        String englishText = text(english);
        assertThat(frenchText).contains("Recueil des résolutions " + year, "IL EST RÉSOLU", "Page 1 de ");
        assertThat(englishText).contains("Book of resolutions " + year, "BE IT RESOLVED", "Page 1 of ");
        assertThat(englishText).doesNotContain("IL EST RÉSOLU");
    }

    @Test
    void theBookIsOnlyAPdfAndNeedsItsYear() {
        CommandRun csv = CommandRun.of("--database", database, "--language", "en", "export", "resolutions-book",
                "--year", "2024", "--format", "csv", "--output", folder.resolve("book.csv").toString());
        CommandRun noYear = CommandRun.of("--database", database, "--language", "en", "export", "resolutions-book",
                "--output", folder.resolve("book.pdf").toString());

        assertThat(csv.exitCode()).isEqualTo(2);
        assertThat(csv.err()).contains("only as PDF");
        assertThat(noYear.exitCode()).isEqualTo(2);
        assertThat(noYear.err()).contains("--year Y");
        assertThat(List.of(csv, noYear)).noneMatch(CommandRun::printedAStackTrace);
    }

    private static String text(Path pdf) throws Exception {
        StringBuilder text = new StringBuilder();
        try (PdfDocument document = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(page))).append('\n');
            }
        }
        return text.toString();
    }
}
