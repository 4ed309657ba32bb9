package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;

import java.nio.file.Path;

/** A separate process running demo-data on a file, saying when the file is open and when each part is complete. */
public final class DemoDataChild {
    private DemoDataChild() {
    }

    public static void main(String[] args) {
        try (OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(Path.of(args[0])),
                Actor.named("demo"))) {
            System.out.println("opened");
            System.out.flush();
            DemoData.fill(office, 1, DemoData.DEFAULT_SEED, outcome -> {
                System.out.println("done " + outcome.unit());
                System.out.flush();
            });
        }
    }
}
