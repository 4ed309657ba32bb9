package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.demo.DemoAdvocacy;
import ca.ccrweb.office.core.demo.DemoData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code list campaigns} and {@code export advocacy --campaign ID}. */
class AdvocacyCommandsTest {
    @TempDir
    Path folder;

    private String database;

    @BeforeEach
    void theSeedCampaign() {
        OfficeServices office = TestOffices.openSqlite(folder);
        DemoAdvocacy.generate(office, DemoData.DEFAULT_SEED);
        database = folder.resolve("office.db").toString();
    }

    @Test
    void listCampaignsPrintsOneTabSeparatedLinePerCampaignIdFirst() {
        CommandRun run = CommandRun.of("--database", database, "--language", "fr", "list", "campaigns");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).singleElement().satisfies(line -> {
            String[] columns = line.split("\t", -1);
            assertThat(columns).hasSize(6);
            assertThat(columns[0]).matches("\\d+");
            assertThat(columns[3]).isEqualTo("ACTIVE");
            assertThat(columns[4]).isEqualTo(DemoAdvocacy.TITLE_FR);
            assertThat(columns[5]).isEqualTo("300");
        });
    }

    @Test
    void exportAdvocacyWritesTheCampaignsActionsAndRefusesAMissingCampaign() throws Exception {
        String id = CommandRun.of("--database", database, "list", "campaigns").out().split("\t")[0];
        Path xlsx = folder.resolve("actions.xlsx");

        CommandRun run = CommandRun.of("--database", database, "--language", "en", "export", "advocacy",
                "--campaign", id, "--format", "xlsx", "--output", xlsx.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Exported 300 reported actions to " + xlsx.toAbsolutePath());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(300);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Who acted");
        }

        CommandRun noCampaign = CommandRun.of("--database", database, "--language", "en", "export", "advocacy",
                "--format", "csv", "--output", folder.resolve("x.csv").toString());
        assertThat(noCampaign.exitCode()).isEqualTo(2);
        assertThat(noCampaign.err()).contains("Give the campaign with --campaign ID");
        CommandRun unknown = CommandRun.of("--database", database, "--language", "fr", "export", "advocacy",
                "--campaign", "1", "--format", "csv", "--output", folder.resolve("x.csv").toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("Aucune campagne ne porte le numéro 1.");
        assertThat(unknown.printedAStackTrace()).isFalse();
        assertThat(folder.resolve("x.csv")).doesNotExist();
    }
}
