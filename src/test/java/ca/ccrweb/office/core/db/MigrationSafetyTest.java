package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.membership.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static ca.ccrweb.office.core.TestOffices.CLOCK;
import static ca.ccrweb.office.core.TestOffices.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MigrationSafetyTest {
    @TempDir
    Path folder;

    private Path databaseWithOneOrganization() {
        Path file = folder.resolve("office.db");
        OfficeServices office = new OfficeServices(Database.open(DatabaseSettings.sqliteFile(file)), CLOCK, Actor.named("t"));
        office.membership().apply(draft("Centre Communautaire Bon Courage", "info@boncourage.ca", Province.QC));
        return file;
    }

    @Test
    void aFailedMigrationLeavesTheOriginalFileByteForByteUnchanged() throws Exception {
        Path file = databaseWithOneOrganization();
        byte[] before = Files.readAllBytes(file);

        OfficeException refusal = catchThrowableOfType(OfficeException.class, () -> Database.open(
                DatabaseSettings.sqliteFile(file), "classpath:db/testmigration/broken"));

        assertThat(refusal.key()).isEqualTo("database.error.migrationFailed");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(folder.resolve("office.db.migrating")).doesNotExist();
        OfficeServices reopened = new OfficeServices(Database.open(DatabaseSettings.sqliteFile(file)), CLOCK, Actor.named("t"));
        assertThat(reopened.membership().all()).singleElement()
                .satisfies(o -> assertThat(o.name()).isEqualTo("Centre Communautaire Bon Courage"));
    }

    @Test
    void aMigrationOfExistingDataIsPrecededByABackupAndKeepsTheData() throws Exception {
        Path file = databaseWithOneOrganization();

        Database migrated = Database.open(DatabaseSettings.sqliteFile(file), "classpath:db/testmigration/good");

        assertThat(migrated.dsl().fetchValue("SELECT COUNT(test_marker) + COUNT(*) FROM organization")).isEqualTo(1);
        Path backups = folder.resolve("backups").resolve("before-migrations");
        assertThat(Files.list(backups).toList()).singleElement().satisfies(backup -> {
            Database copy = Database.open(DatabaseSettings.sqliteFile(backup));
            assertThat(new OfficeServices(copy, CLOCK, Actor.named("t")).membership().all()).hasSize(1);
        });
    }
}
