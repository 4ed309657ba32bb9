package ca.ccrweb.office.core.bench;

import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.db.TestDatabases;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The shared-database figures on both engines, PostgreSQL being the embedded server of the tests (which the
 * application's own {@code bench --postgresql URL} cannot start): run with the test class path, e.g.
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) ca.ccrweb.office.core.bench.SharedDatabaseFigures
 * [registrations] [workstations] [seconds]}.
 */
public final class SharedDatabaseFigures {
    private SharedDatabaseFigures() {
    }

    public static void main(String[] args) throws Exception {
        int registrations = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int workstations = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        PrintWriter out = new PrintWriter(System.out, true);
        SharedDatabaseBench bench = new SharedDatabaseBench(out);
        for (Engine engine : Engine.values()) {
            Path folder = Files.createTempDirectory("ccr-office-shared-bench");
            var settings = TestDatabases.settings(engine, folder);
            out.println("# " + engine);
            bench.fill(settings, registrations);
            bench.measureOpening(engine.name().toLowerCase(java.util.Locale.ROOT), settings);
            bench.measureOpening(engine.name().toLowerCase(java.util.Locale.ROOT) + ".again", settings);
            bench.measureConcurrency(settings, workstations, 3, Duration.ofSeconds(seconds));
        }
        System.exit(0);
    }
}
