package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static ca.ccrweb.office.core.TestOffices.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupsTest {
    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T14:00:00Z"));

    @Test
    void aBackupRestoredGivesBackTheSameRowsAndContentAndTheReplacedStateIsKeptAside() {
        DatabaseSettings settings = DatabaseSettings.sqliteFile(folder.resolve("office.db"));
        OfficeServices office = new OfficeServices(Database.open(settings), clock, Actor.named("test"));
        Organization kept = office.membership().apply(draft("Société d’accueil 😊 «Sept-Îles»", "a@example.org", Province.QC));
        office.membership().approve(kept.id(), null);
        Backups backups = new Backups(settings, folder.resolve("backups"), 5, clock);
        Path copy = backups.backupTo(folder.resolve("manual copy.db"));
        List<Organization> before = office.membership().all();

        office.membership().apply(draft("Added after the backup", "b@example.org", Province.ON));
        office.membership().withdraw(kept.id(), "changed mind");
        clock.advance(Duration.ofMinutes(1));
        Path safetyCopy = backups.restoreFrom(copy);

        assertThat(office.membership().all()).isEqualTo(before);
        assertThat(office.accounts().all()).hasSize(1);
        Database replaced = Database.open(DatabaseSettings.sqliteFile(safetyCopy));
        assertThat(new OfficeServices(replaced, clock, Actor.named("test")).membership().all()).hasSize(2);
    }

    @Test
    void automaticBackupsHappenAtMostOnceADayAndOnlyTheNewestAreKept() {
        DatabaseSettings settings = DatabaseSettings.sqliteFile(folder.resolve("office.db"));
        Database.open(settings);
        Backups backups = new Backups(settings, folder.resolve("backups"), 3, clock);

        assertThat(backups.backupIfNoneToday()).isPresent();
        assertThat(backups.backupIfNoneToday()).isEmpty();
        for (int day = 1; day <= 4; day++) {
            clock.advance(Duration.ofDays(1));
            assertThat(backups.backupIfNoneToday()).isPresent();
        }

        assertThat(backups.list()).extracting(path -> path.getFileName().toString()).containsExactly(
                "ccr-office-2026-11-27T14-00-00.db", "ccr-office-2026-11-26T14-00-00.db",
                "ccr-office-2026-11-25T14-00-00.db");
    }

    @Test
    void restoringAFileThatIsNotADatabaseIsRefusedAndChangesNothing() throws Exception {
        DatabaseSettings settings = DatabaseSettings.sqliteFile(folder.resolve("office.db"));
        OfficeServices office = new OfficeServices(Database.open(settings), clock, Actor.named("test"));
        office.membership().apply(draft("Welcome Place", "a@example.org", Province.MB));
        Path notADatabase = Files.writeString(folder.resolve("notes.db"), "just some notes, not a database at all ".repeat(10));
        Backups backups = new Backups(settings, folder.resolve("backups"), 3, clock);

        assertThatThrownBy(() -> backups.restoreFrom(notADatabase)).isInstanceOfSatisfying(OfficeException.class,
                e -> assertThat(e.key()).isEqualTo("database.error.notSqlite"));
        assertThat(office.membership().all()).hasSize(1);
        assertThat(backups.list()).isEmpty();
    }

    @Test
    void backupsMadeInTheSameSecondEachGetTheirOwnFileNewestFirst() {
        DatabaseSettings settings = DatabaseSettings.sqliteFile(folder.resolve("office.db"));
        OfficeServices office = new OfficeServices(Database.open(settings), clock, Actor.named("test"));
        Backups backups = new Backups(settings, folder.resolve("backups"), 5, clock);

        Path first = backups.backupNow();
        office.membership().apply(draft("Welcome Place", "a@example.org", Province.MB));
        Path second = backups.backupNow();
        Path third = backups.backupNow();

        assertThat(backups.list()).containsExactly(third, second, first);
        assertThat(first.getFileName()).hasToString("ccr-office-2026-11-23T14-00-00.db");
        assertThat(second.getFileName()).hasToString("ccr-office-2026-11-23T14-00-00_002.db");
        Database firstCopy = Database.open(DatabaseSettings.sqliteFile(first));
        assertThat(new OfficeServices(firstCopy, clock, Actor.named("test")).membership().all()).isEmpty();
        Database secondCopy = Database.open(DatabaseSettings.sqliteFile(second));
        assertThat(new OfficeServices(secondCopy, clock, Actor.named("test")).membership().all()).hasSize(1);
    }

    @Test
    void restoringTheOldestCopyWhenTheFolderIsFullStillRestoresIt() {
        DatabaseSettings settings = DatabaseSettings.sqliteFile(folder.resolve("office.db"));
        OfficeServices office = new OfficeServices(Database.open(settings), clock, Actor.named("test"));
        Backups backups = new Backups(settings, folder.resolve("backups"), 2, clock);
        office.membership().apply(draft("Welcome Place", "a@example.org", Province.MB));
        Path oldest = backups.backupNow();
        clock.advance(Duration.ofMinutes(1));
        office.membership().apply(draft("FCJ Refugee Centre", "b@example.org", Province.ON));
        backups.backupNow();
        clock.advance(Duration.ofMinutes(1));
        office.membership().apply(draft("Inland Refugee Society", "c@example.org", Province.BC));

        Path keptAside = backups.restoreFrom(oldest);

        assertThat(office.membership().all()).extracting(Organization::name).containsExactly("Welcome Place");
        assertThat(backups.list()).hasSize(2).first().isEqualTo(keptAside);
    }

    @Test
    void aPartialCopyLeftByABackupKilledHalfWayIsRemovedAtTheNextBackup() throws Exception {
        DatabaseSettings settings = DatabaseSettings.sqliteFile(folder.resolve("office.db"));
        Database.open(settings);
        Backups backups = new Backups(settings, folder.resolve("backups"), 5, clock);
        Path killed = Files.writeString(Files.createDirectories(folder.resolve("backups"))
                .resolve("ccr-office-2026-11-20T09-00-00.db.part"), "half a copy");
        Path notOurs = Files.writeString(folder.resolve("backups").resolve("readme.txt.part"), "kept");

        Path copy = backups.backupNow();

        assertThat(killed).doesNotExist();
        assertThat(notOurs).exists();
        assertThat(backups.list()).containsExactly(copy);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
