package ca.ccrweb.office.desktop.shell;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.db.Backups;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.shell.StartupFault.Remedy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What the start-up dialog offers for each fault, and a damaged file replaced by a backup without being touched. */
class StartupFaultTest {
    @TempDir
    Path folder;

    private final Clock clock = Clock.systemDefaultZone();

    @Test
    void aDamagedFileIsRefusedAtOnceAndMayBeReplacedByABackupWhileItIsKeptUnchanged() throws IOException {
        Path file = folder.resolve("ccr-office.db");
        DatabaseSettings settings = DatabaseSettings.sqliteFile(file);
        Organization kept;
        try (OfficeServices office = OfficeServices.open(settings, Actor.named("marie"))) {
            kept = office.membership().apply(TestOffices.draft("Welcome Place", "a@example.org", Province.MB));
            office.backups().backupNow();
            office.membership().apply(TestOffices.draft("FCJ Refugee Centre", "b@example.org", Province.ON));
        }
        byte[] whole = Files.readAllBytes(file);
        byte[] damaged = Arrays.copyOf(whole, whole.length / 2);
        Files.write(file, damaged);

        long started = System.nanoTime();
        Throwable failure = catchThrowable(() -> OfficeServices.open(settings, Actor.named("marie")));
        StartupFault fault = StartupFault.of(failure, settings, clock);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);

        assertThat(fault.remedies()).containsExactly(Remedy.RESTORE_BACKUP, Remedy.OPEN_ANOTHER_FILE, Remedy.CLOSE);
        assertThat(fault.backups()).hasSize(1);
        assertThat(fault.message(Messages.of(Language.FR))).startsWith("Le fichier de base de données")
                .contains("tronqué");
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);

        Path setAside = Backups.configured(settings, clock).setAsideAndRestore(fault.backups().getFirst());

        assertThat(Files.readAllBytes(setAside)).isEqualTo(damaged);
        assertThat(setAside.getFileName().toString()).startsWith("ccr-office.db.set-aside-");
        try (OfficeServices office = OfficeServices.open(settings, Actor.named("marie"))) {
            assertThat(office.membership().all()).extracting(Organization::id).containsExactly(kept.id());
        }
    }

    @Test
    void aSecondRunningCopyOrALockedFileIsNeverReplacedOnlyAnotherFileChosen() throws IOException {
        Path file = folder.resolve("ccr-office.db");
        DatabaseSettings settings = DatabaseSettings.sqliteFile(file);
        try (OfficeServices office = OfficeServices.open(settings, Actor.named("marie"))) {
            office.backups().backupNow();
        }

        for (String key : new String[]{"database.error.inUse", "database.error.locked"}) {
            StartupFault fault = StartupFault.of(new OfficeException(key, file), settings, clock);
            assertThat(fault.remedies()).as(key).containsExactly(Remedy.OPEN_ANOTHER_FILE, Remedy.CLOSE);
        }
        assertThat(StartupFault.of(new OfficeException("database.error.inUse", file), settings, clock)
                .message(Messages.of(Language.EN))).startsWith("Another copy of CCR Office is already using");
    }

    @Test
    void aDamagedFileWithoutAnyBackupOffersAnotherFileOrClosing() throws IOException {
        Path file = Files.writeString(folder.resolve("ccr-office.db"), "not a database, a spreadsheet ".repeat(10));
        DatabaseSettings settings = DatabaseSettings.sqliteFile(file);

        StartupFault fault = StartupFault.of(catchThrowable(() -> OfficeServices.open(settings, Actor.named("m"))),
                settings, clock);

        assertThat(fault.refusal().key()).isEqualTo("database.error.notSqlite");
        assertThat(fault.remedies()).containsExactly(Remedy.OPEN_ANOTHER_FILE, Remedy.CLOSE);
    }

    @Test
    void aFileOfANewerVersionIsNeverReplacedAndAnotherProgramsFileMayBe() throws Exception {
        Path file = folder.resolve("ccr-office.db");
        DatabaseSettings settings = DatabaseSettings.sqliteFile(file);
        try (OfficeServices office = OfficeServices.open(settings, Actor.named("marie"))) {
            office.backups().backupNow();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
                        installed_by, execution_time, success)
                    VALUES (999, '99', 'future', 'SQL', 'V99__future.sql', 1, 'CCR Office 1.4.0', 5, 1)""");
        }

        StartupFault newer = StartupFault.of(catchThrowable(() -> OfficeServices.open(settings, Actor.named("m"))),
                settings, clock);

        assertThat(newer.refusal().key()).isEqualTo("database.error.newerVersion");
        assertThat(newer.remedies()).containsExactly(Remedy.OPEN_ANOTHER_FILE, Remedy.CLOSE);
        assertThat(newer.toldFileUnchanged()).isTrue();
        assertThat(newer.message(Messages.of(Language.FR))).contains("version plus récente de CCR Bureau, 1.4");

        Files.delete(file);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)");
        }
        StartupFault foreign = StartupFault.of(catchThrowable(() -> OfficeServices.open(settings, Actor.named("m"))),
                settings, clock);

        assertThat(foreign.refusal().key()).isEqualTo("database.error.notOurs");
        assertThat(foreign.remedies()).containsExactly(Remedy.RESTORE_BACKUP, Remedy.OPEN_ANOTHER_FILE, Remedy.CLOSE);
        assertThat(foreign.message(Messages.of(Language.EN))).contains("a SQLite database of another program");
    }

    @Test
    void anEmptyFileChosenAsAnotherDatabaseIsRefusedNotMadeIntoANewOne() throws IOException {
        Path chosen = Files.createFile(folder.resolve("chosen.db"));
        DatabaseSettings settings = DatabaseSettings.sqliteFile(chosen);

        StartupFault fault = StartupFault.of(catchThrowable(() -> OfficeServices.openExisting(settings,
                Actor.named("m"))), settings, clock);

        assertThat(fault.refusal().key()).isEqualTo("database.error.empty");
        assertThat(fault.remedies()).containsExactly(Remedy.OPEN_ANOTHER_FILE, Remedy.CLOSE);
        assertThat(chosen).isEmptyFile();
    }

    @Test
    void anUnexpectedFailureIsToldInPlainWordsWithoutAStackTrace() {
        StartupFault fault = StartupFault.of(new IllegalStateException("disk on fire"), null, clock);

        assertThat(fault.remedies()).containsExactly(Remedy.OPEN_ANOTHER_FILE, Remedy.CLOSE);
        assertThat(fault.message(Messages.of(Language.EN))).contains("IllegalStateException: disk on fire")
                .doesNotContain("\tat ");
    }
}
