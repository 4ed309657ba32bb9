package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The very first start on a computer: the data folder does not exist yet. */
class FirstStartTest {
    @TempDir
    Path home;

    @Test
    void theFirstStartCreatesTheDataFolderAndTheDatabase() {
        Path database = home.resolve("not yet created").resolve(DatabaseSettings.DEFAULT_DATABASE_FILE);

        try (OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(database), Actor.named("test"))) {
            assertThat(office.membership().all()).isEmpty();
        }

        assertThat(database).isRegularFile();
    }
}
