package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * demo-data killed with SIGKILL at many points (inside the parts, and between them when a part ends first), then run again, gives
 * exactly the data of a run that was never interrupted: the same number of rows in every table.
 */
class DemoDataKillTest {
    /** Kill after this many parts reported complete, within this many milliseconds. */
    private static final int[][] KILLS = {{0, 2_500}, {1, 3_000}, {1, 9_000}, {2, 1_000}, {3, 400}};

    @TempDir
    Path folder;

    @Test
    void demoDataKilledAtManyPointsThenRunAgainMakesTheSameDataAsAnUninterruptedRun() throws Exception {
        Path reference = folder.resolve("reference.db");
        try (OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(reference), Actor.named("demo"))) {
            DemoData.fill(office, 1, DemoData.DEFAULT_SEED);
        }
        Map<String, Integer> expected = rowsPerTable(reference);
        for (String table : List.of("organization", "account", "event", "rate_category", "event_session",
                "registration", "payment", "fund_application", "fund_disbursement", "quarterly_update")) {
            assertThat(expected.get(table)).as(table).isPositive();
        }

        Path interrupted = folder.resolve("interrupted.db");
        Random random = new Random(20261207);
        List<String> whereKilled = new ArrayList<>();
        for (int[] kill : KILLS) {
            whereKilled.add(runAndKill(interrupted, kill[0], random.nextInt(kill[1])));
        }
        try (OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(interrupted),
                Actor.named("demo"))) {
            assertThat(office.database().integrityProblems()).isEmpty();
            DemoData.fill(office, 1, DemoData.DEFAULT_SEED);
        }

        assertThat(rowsPerTable(interrupted)).as("killed %s", whereKilled).isEqualTo(expected);
    }

    /** Starts demo-data, waits for {@code partsDone} parts, then kills it after {@code delayMillis}. */
    private static String runAndKill(Path file, int partsDone, int delayMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), DemoDataChild.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        String line = lines.readLine();
        while (line != null) {
            seen.add(line);
            if (line.equals("opened") && partsDone == 0 || seen.stream().filter(l -> l.startsWith("done ")).count()
                    >= partsDone && partsDone > 0) {
                break;
            }
            line = lines.readLine();
        }
        Thread.sleep(delayMillis);
        child.toHandle().destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return seen.getLast() + " +" + delayMillis + " ms";
    }

    private static Map<String, Integer> rowsPerTable(Path file) throws Exception {
        Map<String, Integer> rows = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT IN ('flyway_schema_history', 'audit_entry') AND name NOT LIKE 'sqlite_%'")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    result.next();
                    rows.put(table, result.getInt(1));
                }
            }
            try (ResultSet result = statement.executeQuery(
                    "SELECT COUNT(*) FROM audit_entry WHERE action = 'DEMO_DATA'")) {
                result.next();
                rows.put("parts marked complete", result.getInt(1));
            }
        }
        return rows;
    }
}
