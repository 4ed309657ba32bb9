package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.events.RegistrationTotals;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventAndDatabaseCommandsTest {
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

    private static List<String[]> events() {
        CommandRun run = CommandRun.of("--database", database, "--language", "fr", "list", "events");
        assertThat(run.exitCode()).isZero();
        return run.out().lines().map(line -> line.split("\t", -1)).toList();
    }

    @Test
    void listEventsPrintsOneTabSeparatedLinePerEventIdFirst() {
        List<String[]> events = events();

        assertThat(events).hasSize(10);
        assertThat(events).allSatisfy(columns -> {
            assertThat(columns).hasSize(9);
            assertThat(columns[0]).matches("\\d+");
        });
        assertThat(events).anySatisfy(columns -> assertThat(columns[4]).startsWith("Consultation"));
    }

    @Test
    void listEventsCountsThePlacesTakenAndThePeopleWaitingOfEachEvent() {
        List<String[]> events = events();

        try (OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(Path.of(database)),
                Actor.named("check"))) {
            assertThat(events).allSatisfy(columns -> {
                RegistrationTotals totals = RegistrationTotals.of(office.registrations().ofEvent(
                        Long.parseLong(columns[0])));
                assertThat(columns[7]).isEqualTo(String.valueOf(totals.registered()));
                assertThat(columns[8]).isEqualTo(String.valueOf(totals.waitlisted()));
            });
        }
        assertThat(events).anySatisfy(columns -> assertThat(Integer.parseInt(columns[7])).isPositive());
    }

    @Test
    void registrationsOfAnEventExportWithTheChosenColumnsInOrder() throws Exception {
        String[] event = events().getFirst();
        Path output = folder.resolve("inscriptions.xlsx");

        CommandRun run = CommandRun.of("--database", database, "--language", "en", "export", "registrations",
                "--event", event[0], "--format", "xlsx", "--output", output.toString(), "--columns", "owed,name");

        assertThat(run.exitCode()).as(run.err()).isZero();
        int exported = Integer.parseInt(run.out().replaceAll("\\D*(\\d+) registrations.*", "$1").strip());
        assertThat(exported).as("every registration, cancelled and waiting ones too")
                .isGreaterThanOrEqualTo(Integer.parseInt(event[7]) + Integer.parseInt(event[8]));
        try (InputStream in = Files.newInputStream(output); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Owed");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Name");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(exported);
        }
    }

    @Test
    void anExportOfPersonalDataIsRecordedInTheAuditTrail() throws Exception {
        Path output = folder.resolve("accounts.csv");
        assertThat(CommandRun.of("--database", database, "export", "accounts", "--format", "csv", "--output",
                output.toString()).exitCode()).isZero();

        try (var office = ca.ccrweb.office.core.OfficeServices.open(
                ca.ccrweb.office.core.db.DatabaseSettings.sqliteFile(Path.of(database)),
                ca.ccrweb.office.core.common.Actor.named("test"))) {
            assertThat(office.audit().entries(null, null, 50)).anySatisfy(entry -> {
                assertThat(entry.action()).isEqualTo("EXPORT");
                assertThat(entry.after()).contains("\"format\":\"CSV\"").contains(output.getFileName().toString());
            });
        }
    }

    @Test
    void exportingRegistrationsWithoutAnEventOrWithAnUnknownColumnIsAUsageError() {
        CommandRun noEvent = CommandRun.of("--database", database, "export", "registrations", "--format", "csv",
                "--output", folder.resolve("x.csv").toString());
        CommandRun badColumn = CommandRun.of("--database", database, "export", "registrations", "--event", "1",
                "--format", "csv", "--output", folder.resolve("x.csv").toString(), "--columns", "shoe_size");
        CommandRun noSuchEvent = CommandRun.of("--database", database, "--language", "en", "export", "registrations",
                "--event", "1", "--format", "csv", "--output", folder.resolve("x.csv").toString());

        assertThat(noEvent.exitCode()).isEqualTo(2);
        assertThat(badColumn.exitCode()).isEqualTo(2);
        assertThat(badColumn.err()).contains("shoe_size");
        assertThat(noSuchEvent.exitCode()).isEqualTo(1);
        assertThat(noSuchEvent.err().strip()).isEqualTo("There is no event 1: list events shows the ids.");
        assertThat(folder.resolve("x.csv")).doesNotExist();
    }

    @Test
    void backupThenRestoreGivesBackTheSameData() throws Exception {
        Path copy = folder.resolve("copy.db");
        String before = CommandRun.of("--database", database, "list", "events").out();

        assertThat(CommandRun.of("--database", database, "backup", "--output", copy.toString()).exitCode()).isZero();
        assertThat(CommandRun.of("--database", copy.toString(), "check").exitCode()).isZero();
        CommandRun restore = CommandRun.of("--database", database, "restore", "--input", copy.toString());

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(CommandRun.of("--database", database, "list", "events").out()).isEqualTo(before);
    }

    @Test
    void checkReportsADamagedDatabaseWithANonZeroExitAndLeavesItUnchanged() throws Exception {
        Path damaged = folder.resolve("damaged.db");
        assertThat(CommandRun.of("--database", database, "backup", "--output", damaged.toString()).exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(damaged);
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 3);
        Files.write(damaged, truncated);

        CommandRun check = CommandRun.of("--database", damaged.toString(), "--language", "en", "check");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).contains("is damaged").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(damaged)).isEqualTo(truncated);
    }
}
