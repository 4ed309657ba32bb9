package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.demo.DemoCases;
import ca.ccrweb.office.core.membership.Province;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code cases review --retention [--purge] [--dry-run]} and {@code export case-statistics}. */
class CasesCommandsTest {
    @TempDir
    Path folder;

    private String database;
    private OfficeServices office;

    @BeforeEach
    void theDemoCases() {
        office = TestOffices.openSqlite(folder);
        for (String name : new String[]{"Comité d’aide aux réfugiés", "Maison Marie-Rose"}) {
            office.membership().approve(office.membership().apply(TestOffices.draft(name,
                    name.hashCode() + "@example.org", Province.QC)).id(), null);
        }
        assertThat(DemoCases.generate(office)).isEqualTo(5);
        database = folder.resolve("office.db").toString();
    }

    @Test
    void theReviewListsTheCasePastRetentionAndPurgesItOnlyWhenAsked() {
        CommandRun review = CommandRun.of("--database", database, "--language", "en", "cases", "review",
                "--retention");

        assertThat(review.exitCode()).as(review.err()).isZero();
        assertThat(review.out().lines()).hasSize(2);
        assertThat(review.out()).contains("Removal before a humanitarian decision")
                .contains("1 case(s) past their retention period, 0 under legal hold. Nothing was purged")
                .doesNotContain("Nguy");

        CommandRun dryRun = CommandRun.of("--database", database, "--language", "fr", "cases", "review",
                "--retention", "--purge", "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("1 dossier(s) seraient purgés");
        assertThat(office.cases().retentionReview()).hasSize(1);

        CommandRun purge = CommandRun.of("--database", database, "--language", "en", "cases", "review",
                "--retention", "--purge");
        assertThat(purge.exitCode()).as(purge.err()).isZero();
        assertThat(purge.out()).contains("1 case(s) purged to their anonymized statistics, 0 kept under legal hold.");
        assertThat(office.cases().retentionReview()).isEmpty();
        assertThat(office.audit().entries("case_file", null, 50)).anySatisfy(entry -> assertThat(entry.action())
                .isEqualTo("CASE_PURGE"));
    }

    @Test
    void theReviewWithoutRetentionIsAUsageErrorInTheUsersLanguage() {
        CommandRun run = CommandRun.of("--database", database, "--language", "fr", "cases", "review");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Précisez quoi examiner");
        assertThat(run.printedAStackTrace()).isFalse();
    }

    @Test
    void exportCaseStatisticsWritesCountsWithoutNamesAndNeedsAYear() throws Exception {
        int year = office.cases().retentionReview().getFirst().closedOn().minusMonths(2).getYear();
        Path xlsx = folder.resolve("statistiques.xlsx");

        CommandRun run = CommandRun.of("--database", database, "--language", "fr", "export", "case-statistics",
                "--year", String.valueOf(year), "--format", "xlsx", "--output", xlsx.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("1 lignes de statistiques anonymisées des dossiers exportées vers "
                + xlsx.toAbsolutePath());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Type");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Renvoi avant une décision humanitaire");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Favorable");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1.0);
        }

        CommandRun noYear = CommandRun.of("--database", database, "--language", "en", "export", "case-statistics",
                "--format", "csv", "--output", folder.resolve("x.csv").toString());
        assertThat(noYear.exitCode()).isEqualTo(2);
        assertThat(noYear.err()).contains("Say which year");
    }
}
