package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.audit.AuditOutcome;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restore from anything but a sound backup of ours touches nothing: the live file stays byte for byte as it
 * was, the message says why in the user's language, and the audit trail claims no restore. A restore that
 * happens is written in the restored data, naming the backup and where the previous data went.
 */
class RestoreSafetyTest {
    @TempDir
    Path folder;

    private Path live;

    private Path liveDatabaseWithOneOrganization() {
        live = folder.resolve("office.db");
        try (OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(live), Actor.named("marie"))) {
            office.membership().apply(TestOffices.draft("Centre d’accueil Bon Courage", "a@example.org", Province.QC));
        }
        return live;
    }

    private Path input(String kind) throws Exception {
        return switch (kind) {
            case "empty" -> Files.createFile(folder.resolve("empty.db"));
            case "text" -> Files.writeString(folder.resolve("notes.db"), "Nom,Montant\nCentre,1250\n".repeat(40));
            case "missing" -> folder.resolve("no-such-backup.db");
            case "folder" -> Files.createDirectory(folder.resolve("a-folder.db"));
            case "foreign" -> {
                Path recipes = folder.resolve("recipes.db");
                try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + recipes);
                     Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)");
                    statement.execute("INSERT INTO recipe (name) VALUES ('tourtière')");
                }
                yield recipes;
            }
            case "newer" -> newerVersionDatabase(folder.resolve("from-the-future.db"));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** A database of ours whose migration history holds a migration this build does not have, made by 9.4. */
    static Path newerVersionDatabase(Path file) throws SQLException {
        try (OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(file), Actor.named("t"))) {
            office.membership().apply(TestOffices.draft("Future Place", "future@example.org", Province.ON));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
                        installed_by, execution_time, success)
                    VALUES (999, '99', 'a table of the future', 'SQL', 'V99__a_table_of_the_future.sql', 1,
                        'CCR Office 9.4.0', 5, 1)""");
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "text", "missing", "folder", "foreign", "newer"})
    void aRestoreFromAnythingButOurBackupLeavesTheLiveFileByteForByteAndClaimsNothing(String kind) throws Exception {
        liveDatabaseWithOneOrganization();
        Path source = input(kind);
        byte[] before = Files.readAllBytes(live);

        CommandRun run = CommandRun.of("--database", live.toString(), "--language", "fr", "restore", "--input",
                source.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.printedAStackTrace()).isFalse();
        assertThat(run.err()).contains(source.getFileName().toString()).doesNotContain("SQLITE")
                .doesNotContain("Unexpected").doesNotContain("imprévu");
        assertThat(Files.readAllBytes(live)).as("the live file").isEqualTo(before);
        assertThat(folder.resolve("backups")).as("nothing set aside for a refused restore").doesNotExist();
        try (OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(live), Actor.named("t"))) {
            assertThat(office.membership().all()).extracting(Organization::name)
                    .containsExactly("Centre d’accueil Bon Courage");
            assertThat(office.audit().entries("database", null, 10)).noneMatch(entry ->
                    entry.action().equals("RESTORE") && entry.outcome() == AuditOutcome.DONE);
        }
    }

    @Test
    void eachRefusalSaysItsOwnReasonInFrench() throws Exception {
        liveDatabaseWithOneOrganization();
        assertThat(restoreError("empty")).contains("est vide");
        assertThat(restoreError("missing")).contains("n’existe pas");
        assertThat(restoreError("folder")).contains("est un dossier");
        assertThat(restoreError("foreign")).contains("d’un autre programme");
        assertThat(restoreError("newer")).contains("version plus récente de CCR Bureau, 9.4")
                .contains("Installez cette version");
        assertThat(restoreError("text")).contains("n’est pas une base de données CCR Bureau");
    }

    private String restoreError(String kind) throws Exception {
        return CommandRun.of("--database", live.toString(), "--language", "fr", "restore", "--input",
                input(kind).toString()).err();
    }

    @Test
    void aRestoreThatHappensIsWrittenInTheRestoredDataWithTheBackupAndWhereThePreviousDataWent() throws IOException {
        liveDatabaseWithOneOrganization();
        Path copy = folder.resolve("monday.db");
        assertThat(CommandRun.of("--database", live.toString(), "backup", "--output", copy.toString()).exitCode())
                .isZero();
        try (OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(live), Actor.named("t"))) {
            office.membership().apply(TestOffices.draft("Added on Tuesday", "b@example.org", Province.ON));
        }

        CommandRun run = CommandRun.of("--database", live.toString(), "--language", "en", "restore", "--input",
                copy.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Path> keptAside;
        try (var files = Files.list(folder.resolve("backups"))) {
            keptAside = files.toList();
        }
        assertThat(keptAside).singleElement();
        assertThat(run.out()).contains(copy.toString()).contains(keptAside.getFirst().toString());
        try (OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(live), Actor.named("t"))) {
            assertThat(office.membership().all()).extracting(Organization::name)
                    .containsExactly("Centre d’accueil Bon Courage");
            List<AuditEntry> restores = office.audit().entries("database", null, 10).stream()
                    .filter(entry -> entry.action().equals("RESTORE")).toList();
            assertThat(restores).singleElement().satisfies(entry -> {
                assertThat(entry.outcome()).isEqualTo(AuditOutcome.DONE);
                assertThat(entry.after()).contains("monday.db").contains(keptAside.getFirst().getFileName().toString());
            });
        }
        try (OfficeServices aside = OfficeServices.open(DatabaseSettings.sqliteFile(keptAside.getFirst()),
                Actor.named("t"))) {
            assertThat(aside.membership().all()).hasSize(2);
            assertThat(aside.audit().entries("database", null, 10)).noneMatch(entry ->
                    entry.action().equals("RESTORE"));
        }
    }

    @Test
    void aBackupOfAnOlderVersionIsBroughtUpToDateOnACopyWhenRestored() throws Exception {
        liveDatabaseWithOneOrganization();
        // A backup made by the version whose last migration was the quarterly update's (6.1).
        Path older = folder.resolve("older.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + older, null, null)
                .locations("classpath:db/migration", "classpath:db/vendor/sqlite").target("6.1")
                .installedBy("CCR Office 0.1.0").load().migrate();
        byte[] olderBytes = Files.readAllBytes(older);

        CommandRun run = CommandRun.of("--database", live.toString(), "restore", "--input", older.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(older)).as("the backup itself").isEqualTo(olderBytes);
        assertThat(CommandRun.of("--database", live.toString(), "check").exitCode()).isZero();
    }

    @Test
    void commandsGivenAMistypedOrEmptyDatabaseSaySoAndCreateNothingButDemoDataMayCreateIt() throws Exception {
        Path mistyped = folder.resolve("Documents").resolve("ccr-ofice.db");
        Path empty = Files.createFile(folder.resolve("empty.db"));

        for (String[] command : List.of(new String[]{"check"}, new String[]{"backup", "--output",
                folder.resolve("copy.db").toString()}, new String[]{"list", "events"})) {
            CommandRun onMistyped = CommandRun.of(concat(new String[]{"--database", mistyped.toString(), "--language",
                    "fr"}, command));
            CommandRun onEmpty = CommandRun.of(concat(new String[]{"--database", empty.toString(), "--language",
                    "en"}, command));

            assertThat(onMistyped.exitCode()).as(command[0]).isEqualTo(1);
            assertThat(onMistyped.err()).contains(mistyped.toString()).contains("n’existe pas")
                    .contains("rien n’a été créé");
            assertThat(onEmpty.exitCode()).as(command[0]).isEqualTo(1);
            assertThat(onEmpty.err()).contains("is empty");
            assertThat(onMistyped.out() + onEmpty.out()).doesNotContain("sound").doesNotContain("saine");
        }
        assertThat(mistyped.getParent()).doesNotExist();
        assertThat(empty).isEmptyFile();
        assertThat(folder.resolve("copy.db")).doesNotExist();

        Path fresh = folder.resolve("new").resolve("office.db");
        assertThat(CommandRun.of("--database", fresh.toString(), "demo-data").exitCode()).isZero();
        assertThat(CommandRun.of("--database", fresh.toString(), "check").exitCode()).isZero();
    }

    private static String[] concat(String[] first, String[] second) {
        String[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
