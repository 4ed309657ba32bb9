package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.directory.DirectoryQuery;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Region;
import ca.ccrweb.office.core.membership.ServiceOffered;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DuesAndDirectoryCommandsTest {
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

    private static OfficeServices open() {
        return OfficeServices.open(DatabaseSettings.sqliteFile(Path.of(database)), Actor.named("test"));
    }

    @Test
    void theDirectoryExportsTheMembersOfARegionOfferingAServiceToCsv() throws Exception {
        Path output = folder.resolve("repertoire.csv");
        List<String> expected;
        try (OfficeServices office = open()) {
            expected = office.directory().search(new DirectoryQuery(Region.QUEBEC, null,
                    Set.of(ServiceOffered.SETTLEMENT), Set.of(), null)).stream().map(o -> o.name()).toList();
        }

        CommandRun result = CommandRun.of("--language", "fr", "--database", database, "export", "directory",
                "--region", "quebec", "--service", "settlement", "--format", "csv", "--output", output.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(expected).isNotEmpty();
        assertThat(result.out().strip()).isEqualTo(expected.size() + " organismes membres du répertoire exportés vers "
                + output);
        String csv = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(line -> !line.isBlank())).hasSize(1 + expected.size());
        expected.forEach(name -> assertThat(csv).contains(name));
        assertThat(csv).doesNotContain("Ontario");
    }

    @Test
    void theDirectoryPdfIsPrintedByRegion() throws Exception {
        Path output = folder.resolve("directory.pdf");

        CommandRun result = CommandRun.of("--language", "en", "--database", database, "export", "directory",
                "--clientele", "women", "--format", "pdf", "--output", output.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(output.toFile()))) {
            String first = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
            assertThat(first).contains("Member directory", "Quebec (", "Ontario (", "Clientele: ");
            assertThat(first.indexOf("Quebec (")).as("regions in their order").isLessThan(first.indexOf("Ontario ("));
        }
    }

    @Test
    void anUnknownServiceIsRefusedWithTheChoices() {
        CommandRun result = CommandRun.of("--language", "en", "--database", database, "export", "directory",
                "--service", "knitting", "--format", "csv", "--output", folder.resolve("x.csv").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown service 'knitting'", "housing", "legal-information");
        assertThat(result.printedAStackTrace()).isFalse();
    }

    @Test
    void theYearlyAssessmentPreviewsThenCreatesTheDuesOnce() throws Exception {
        int year = LocalDate.now().getYear() + 3;
        int active;
        try (OfficeServices office = open()) {
            active = office.membership().withStatus(MembershipStatus.ACTIVE).size();
        }

        CommandRun dryRun = CommandRun.of("--language", "en", "--database", database, "dues", "assess",
                "--year", String.valueOf(year), "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("Would create " + active + " dues for " + year);
        assertThat(dryRun.err()).contains("placeholders");
        try (OfficeServices office = open()) {
            assertThat(office.dues().linesOfYear(year)).isEmpty();
        }

        CommandRun first = CommandRun.of("--language", "en", "--database", database, "dues", "assess",
                "--year", String.valueOf(year));
        CommandRun second = CommandRun.of("--language", "en", "--database", database, "dues", "assess",
                "--year", String.valueOf(year));

        assertThat(first.out()).contains("Created " + active + " dues for " + year);
        assertThat(second.out()).contains("Created 0 dues for " + year, "(" + active + " already assessed)");
        Path output = folder.resolve("dues.xlsx");
        CommandRun export = CommandRun.of("--language", "en", "--database", database, "export", "dues",
                "--year", String.valueOf(year), "--format", "xlsx", "--output", output.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        try (InputStream in = Files.newInputStream(output); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(1 + active);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Assessed");
        }
    }

    @Test
    void lapsingPreviewsThenLapsesAndTheAccountsLoseAccess() {
        CommandRun dryRun = CommandRun.of("--language", "en", "--database", database, "dues", "lapse",
                "--grace-days", "15", "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        String firstLine = dryRun.out().lines().findFirst().orElseThrow();
        String name = firstLine.split("\t")[0];
        long candidates = dryRun.out().lines().filter(line -> line.contains("\t")).count();
        assertThat(candidates).isPositive();
        assertThat(dryRun.out()).contains("Would lapse " + candidates + " memberships");

        CommandRun lapse = CommandRun.of("--language", "en", "--database", database, "dues", "lapse",
                "--grace-days", "15");

        assertThat(lapse.out()).contains("Lapsed " + candidates + " memberships");
        try (OfficeServices office = open()) {
            var lapsed = office.membership().all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
            assertThat(lapsed.status()).isEqualTo(MembershipStatus.LAPSED);
            assertThat(office.accounts().forOrganization(lapsed.id()))
                    .allSatisfy(account -> assertThat(account.status()).isEqualTo(AccountStatus.DISABLED));
        }
        CommandRun refused = CommandRun.of("--language", "en", "--database", database, "dues", "lapse",
                "--grace-days", "-3");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("The grace period is from 0 to 365 days.");
    }
}
