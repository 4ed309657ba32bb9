package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.OrganizationDraft;
import ca.ccrweb.office.core.membership.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The faults found before anything writes: a file SQLite can recover is never called damaged, a file made by a
 * newer version is refused on both engines, and a file locked by another program or kept read-only by the
 * system is said to be so, in the user's language, without SQLite's own words alone.
 */
class CandidateDatabaseTest {
    @TempDir
    Path folder;

    @Test
    void aDatabaseKilledBetweenACommitAndItsCheckpointOpensPassesTheCheckAndKeepsEveryCommittedRow() throws Exception {
        Path file = folder.resolve("office.db");
        List<String> committed = new ArrayList<>();
        try (OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(file), Actor.named("t"))) {
            committed.add(office.membership().apply(TestOffices.draft("Before the crash", "a@example.org",
                    Province.QC)).name());
        }
        Path crashed = folder.resolve("crashed").resolve("office.db");
        Files.createDirectories(crashed.getParent());
        // A reader holding the database open keeps SQLite from checkpointing when the writer's connections close,
        // as a copy killed after its commit leaves it: the committed pages only in the -wal.
        try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = reader.createStatement()) {
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.executeQuery("SELECT COUNT(*) FROM organization").close();
            try (OfficeServices office = new OfficeServices(Database.open(DatabaseSettings.sqliteFile(file)),
                    TestOffices.CLOCK, Actor.named("t"))) {
                for (int i = 0; i < 40; i++) {
                    committed.add(office.membership().apply(withLongNotes(TestOffices.draft(
                            "Après le commit n° " + i, "c" + i + "@example.org", Province.ON))).name());
                }
            }
            Files.copy(file, crashed);
            Files.copy(file.resolveSibling("office.db-wal"), crashed.resolveSibling("office.db-wal"));
        }
        writePageOneFromTheWal(crashed);
        assertThat(Files.size(crashed)).as("the header's page count is beyond the main file, as in the issue")
                .isLessThan(headerPageCount(crashed) * 4096L);

        try (OfficeServices office = OfficeServices.openExisting(DatabaseSettings.sqliteFile(crashed),
                Actor.named("t"))) {
            assertThat(office.database().integrityProblems()).isEmpty();
            assertThat(office.membership().all()).extracting(Organization::name)
                    .containsExactlyInAnyOrderElementsOf(committed);
        }
    }

    private static OrganizationDraft withLongNotes(OrganizationDraft draft) {
        return new OrganizationDraft(draft.name(), draft.nameOtherLanguage(), draft.email(), draft.phone(),
                draft.website(), draft.streetAddress(), draft.city(), draft.postalCode(), draft.province(),
                draft.language(), draft.services(), draft.clienteles(), "Notes de suivi. ".repeat(200));
    }

    /**
     * What a checkpoint cut short leaves: page 1 (the header, with the new page count) already written to the
     * main file, the other pages still only in the -wal.
     */
    private static void writePageOneFromTheWal(Path file) throws IOException {
        ByteBuffer wal = ByteBuffer.wrap(Files.readAllBytes(file.resolveSibling(file.getFileName() + "-wal")));
        int pageSize = wal.getInt(8);
        byte[] pageOne = null;
        for (int frame = 32; frame + 24 + pageSize <= wal.capacity(); frame += 24 + pageSize) {
            if (wal.getInt(frame) == 1) {
                pageOne = new byte[pageSize];
                wal.get(frame + 24, pageOne);
            }
        }
        assertThat(pageOne).as("page 1 in the -wal").isNotNull();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(pageOne), 0);
        }
    }

    private static long headerPageCount(Path file) throws IOException {
        byte[] header = new byte[100];
        try (var in = Files.newInputStream(file)) {
            in.readNBytes(header, 0, 100);
        }
        return Integer.toUnsignedLong(ByteBuffer.wrap(header).getInt(28));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDatabaseMadeByANewerVersionIsRefusedBeforeAnythingWritesToIt(Engine engine) throws Exception {
        DatabaseSettings settings = TestDatabases.settings(engine, folder);
        try (OfficeServices office = OfficeServices.open(settings, Actor.named("t"))) {
            office.membership().apply(TestOffices.draft("Future Place", "future@example.org", Province.ON));
        }
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
                        installed_by, execution_time, success)
                    VALUES (999, '99', 'a table of the future', 'SQL', 'V99__a_table_of_the_future.sql', 1,
                        'CCR Office 9.4.0', 5, TRUE)""");
        }
        int auditLines = auditLines(settings);
        byte[] before = engine == Engine.SQLITE ? Files.readAllBytes(settings.sqliteFile()) : null;

        OfficeException refusal = catchThrowableOfType(OfficeException.class,
                () -> OfficeServices.open(settings, Actor.named("t")));

        assertThat(refusal).isNotNull();
        assertThat(refusal.key()).isEqualTo("database.error.newerVersion");
        assertThat(refusal.localizedMessage(Messages.of(Language.FR)))
                .contains("créée par une version plus récente de CCR Bureau, 9.4")
                .contains("Installez cette version ou une plus récente");
        assertThat(refusal.localizedMessage(Messages.of(Language.EN)))
                .contains("made by a newer version of CCR Office, 9.4.");
        assertThat(auditLines(settings)).isEqualTo(auditLines);
        if (before != null) {
            assertThat(Files.readAllBytes(settings.sqliteFile())).isEqualTo(before);
        }
    }

    private static int auditLines(DatabaseSettings settings) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password());
             Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
            result.next();
            return result.getInt(1);
        }
    }

    @Test
    void aFileInTheMiddleOfAnotherProgramsWalTransactionIsSaidToBeLockedInTheUsersLanguage() throws Exception {
        Path file = folder.resolve("office.db");
        OfficeServices.open(DatabaseSettings.sqliteFile(file), Actor.named("t")).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("INSERT INTO province_region (province, region) VALUES ('XX', 'NORTH')");

            assertLockedInFrench(file);
            statement.execute("ROLLBACK");
        }
    }

    @Test
    void aFileHeldByAnotherProgramsRollbackJournalIsSaidToBeLocked() throws Exception {
        Path file = folder.resolve("office.db");
        OfficeServices.open(DatabaseSettings.sqliteFile(file), Actor.named("t")).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = other.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
            statement.execute("BEGIN EXCLUSIVE");
            statement.execute("INSERT INTO province_region (province, region) VALUES ('XX', 'NORTH')");

            assertLockedInFrench(file);
            statement.execute("ROLLBACK");
        }
    }

    private static void assertLockedInFrench(Path file) {
        OfficeException refusal = catchThrowableOfType(OfficeException.class,
                () -> OfficeServices.open(DatabaseSettings.sqliteFile(file), Actor.named("t")));
        assertThat(refusal).isNotNull();
        assertThat(refusal.key()).isEqualTo("database.error.locked");
        assertThat(refusal.localizedMessage(Messages.of(Language.FR)))
                .startsWith("Le fichier de base de données " + file.toAbsolutePath() + " est verrouillé")
                .doesNotContain("SQLITE");
    }

    @Test
    void anImmutableFileOrFolderIsSaidToBeReadOnlyAndLeftAsItWas() throws Exception {
        Path file = folder.resolve("office.db");
        OfficeServices.open(DatabaseSettings.sqliteFile(file), Actor.named("t")).close();
        byte[] before = Files.readAllBytes(file);
        assumeThat(chattr("+i", file)).as("the file system lets us make a file immutable").isTrue();
        try {
            OfficeException refusal = catchThrowableOfType(OfficeException.class,
                    () -> OfficeServices.open(DatabaseSettings.sqliteFile(file), Actor.named("t")));
            assertThat(refusal.key()).isEqualTo("database.error.readOnly");
            assertThat(refusal.localizedMessage(Messages.of(Language.FR))).contains("ne peut pas être modifié");
        } finally {
            chattr("-i", file);
        }
        assertThat(chattr("+i", folder)).isTrue();
        try {
            OfficeException refusal = catchThrowableOfType(OfficeException.class,
                    () -> OfficeServices.open(DatabaseSettings.sqliteFile(file), Actor.named("t")));
            assertThat(refusal.key()).isEqualTo("database.error.readOnlyFolder");
        } finally {
            chattr("-i", folder);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private static boolean chattr(String flag, Path path) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            return process.waitFor() == 0;
        } catch (IOException noChattr) {
            return false;
        }
    }

    @Test
    void aMissingOrEmptyFileIsRefusedByThoseThatNeedDataAndNothingIsCreated() throws IOException {
        Path missing = folder.resolve("mistyped").resolve("ofice.db");
        Path empty = Files.createFile(folder.resolve("empty.db"));

        assertThat(catchThrowableOfType(OfficeException.class, () -> OfficeServices.openExisting(
                DatabaseSettings.sqliteFile(missing), Actor.named("t"))).key()).isEqualTo("database.error.missing");
        assertThat(catchThrowableOfType(OfficeException.class, () -> OfficeServices.openExisting(
                DatabaseSettings.sqliteFile(empty), Actor.named("t"))).key()).isEqualTo("database.error.empty");
        assertThat(catchThrowableOfType(OfficeException.class, () -> CandidateDatabase.verify(folder)).key())
                .isEqualTo("database.error.notAFile");

        assertThat(missing.getParent()).doesNotExist();
        assertThat(empty).isEmptyFile();
        assertThat(folder.resolve("empty.db.lock")).doesNotExist();
    }
}
