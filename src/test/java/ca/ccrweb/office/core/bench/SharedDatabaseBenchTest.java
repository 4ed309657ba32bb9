package ca.ccrweb.office.core.bench;

import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.db.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SharedDatabaseBenchTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void workstationsEditingTheSameRecordsAtOnceLoseNoUpdate(Engine engine) throws Exception {
        StringWriter text = new StringWriter();
        new SharedDatabaseBench(new PrintWriter(text)).measureConcurrency(TestDatabases.settings(engine, folder), 4, 2,
                Duration.ofSeconds(2));

        Map<String, Long> figures = figures(text.toString());
        assertThat(figures.get("concurrency.edits")).isPositive();
        assertThat(figures.get("concurrency.lostUpdates")).isZero();
        assertThat(figures).containsKey("concurrency.conflicts");
    }

    private static Map<String, Long> figures(String text) {
        Map<String, Long> figures = new HashMap<>();
        for (String line : text.split("\\R")) {
            String[] parts = line.split(": | ");
            if (parts.length >= 2) {
                figures.put(parts[0], Long.parseLong(parts[1]));
            }
        }
        return figures;
    }
}
