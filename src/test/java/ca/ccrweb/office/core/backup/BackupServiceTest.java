package ca.ccrweb.office.core.backup;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.audit.AuditOutcome;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.membership.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static ca.ccrweb.office.core.TestOffices.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Backups and restores asked for by someone are in the audit trail, a restore on both sides of it. */
class BackupServiceTest {
    @TempDir
    Path folder;

    @Test
    void aBackupAndARestoreAreAuditedTheRestoreOnlyInTheDataRestoredOnceItIsInPlace() {
        DatabaseSettings settings = DatabaseSettings.sqliteFile(folder.resolve("office.db"));
        OfficeServices office = new OfficeServices(Database.open(settings), TestOffices.CLOCK, Actor.named("marie"));
        Path copy = office.backups().backupTo(folder.resolve("copy.db"));
        office.membership().apply(draft("Welcome Place", "a@example.org", Province.MB));

        Path keptAside = office.backups().restoreFrom(copy);

        assertThat(office.membership().all()).isEmpty();
        assertThat(office.audit().entries("database", null, 10)).extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RESTORE", "marie"));
        assertThat(office.audit().entries("database", null, 1).getFirst().after())
                .contains("copy.db").contains(keptAside.getFileName().toString());
        OfficeServices aside = new OfficeServices(Database.open(DatabaseSettings.sqliteFile(keptAside)),
                TestOffices.CLOCK, Actor.named("test"));
        assertThat(aside.membership().all()).hasSize(1);
        assertThat(aside.audit().entries("database", null, 10)).extracting(AuditEntry::action)
                .containsExactly("BACKUP");
    }

    @Test
    void aRestoreThatFailsAfterItBeganIsWrittenAsFailedInTheDataLeftAsItWas() throws Exception {
        DatabaseSettings settings = DatabaseSettings.sqliteFile(folder.resolve("office.db"));
        OfficeServices office = new OfficeServices(Database.open(settings), TestOffices.CLOCK, Actor.named("marie"));
        Path copy = office.backups().backupTo(folder.resolve("copy.db"));
        office.membership().apply(draft("Welcome Place", "a@example.org", Province.MB));
        Path backups = java.nio.file.Files.createDirectories(folder.resolve("backups"));
        assumeThat(chattr("+i", backups)).as("the file system lets us make a folder immutable").isTrue();
        try {
            assertThatThrownBy(() -> office.backups().restoreFrom(copy)).isInstanceOf(OfficeException.class);
        } finally {
            chattr("-i", backups);
        }

        assertThat(office.membership().all()).hasSize(1);
        assertThat(office.audit().entries("database", null, 10)).extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RESTORE", AuditOutcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple("BACKUP", AuditOutcome.DONE));
    }

    private static boolean chattr(String flag, Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("chattr", flag, path.toString()).start().waitFor() == 0;
        } catch (java.io.IOException noChattr) {
            return false;
        }
    }
}
