package ca.ccrweb.office.core.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static ca.ccrweb.office.core.db.schema.Tables.PROVINCE_REGION;
import static org.assertj.core.api.Assertions.assertThat;

class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void firstOpenCreatesTheSqliteFileAndItsFoldersAndMigratesIt() {
        Path file = folder.resolve("new/nested/office.db");
        Database database = Database.open(DatabaseSettings.sqliteFile(file));

        assertThat(file).exists();
        assertThat(database.dsl().fetchCount(PROVINCE_REGION)).isEqualTo(13);
    }

    @Test
    void everySqliteConnectionHasForeignKeysWalFullSynchronousAndABusyTimeout() throws Exception {
        Database database = Database.open(DatabaseSettings.sqliteFile(folder.resolve("office.db")));

        Map<String, Object> pragmas = database.dsl().connectionResult(connection -> Map.of(
                "foreign_keys", pragma(connection, "foreign_keys"),
                "journal_mode", pragma(connection, "journal_mode"),
                "synchronous", pragma(connection, "synchronous"),
                "busy_timeout", pragma(connection, "busy_timeout")));

        assertThat(pragmas).containsEntry("foreign_keys", "1")
                .containsEntry("journal_mode", "wal")
                .containsEntry("synchronous", "2")
                .containsEntry("busy_timeout", "5000");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void openingTwiceMigratesOnlyOnce(Engine engine) {
        DatabaseSettings settings = TestDatabases.settings(engine, folder);
        Database.open(settings);
        Database again = Database.open(settings);

        assertThat(again.dsl().fetchCount(PROVINCE_REGION)).isEqualTo(13);
        assertThat(again.engine()).isEqualTo(engine);
    }

    @Test
    void settingsComeFromTheOptionThenTheEnvironmentThenTheSettingsFileThenTheDataFolder() throws Exception {
        Path dataFolder = folder.resolve("data");
        assertThat(DatabaseSettings.resolve(null, Map.of(), dataFolder).sqliteFile())
                .isEqualTo(dataFolder.resolve("ccr-office.db").toAbsolutePath());

        Files.createDirectories(dataFolder);
        Files.writeString(dataFolder.resolve("settings.properties"),
                "database.url=jdbc:postgresql://db.office.lan/ccr\ndatabase.user=office\ndatabase.password=s3cret\n");
        DatabaseSettings fromFile = DatabaseSettings.resolve(null, Map.of(), dataFolder);
        assertThat(fromFile.engine()).isEqualTo(Engine.POSTGRESQL);
        assertThat(fromFile.user()).isEqualTo("office");
        assertThat(fromFile.toString()).doesNotContain("s3cret");

        DatabaseSettings fromEnvironment = DatabaseSettings.resolve(null,
                Map.of("CCR_OFFICE_DATABASE_URL", "jdbc:postgresql://other/ccr", "CCR_OFFICE_DATABASE_USER", "env"),
                dataFolder);
        assertThat(fromEnvironment.jdbcUrl()).isEqualTo("jdbc:postgresql://other/ccr");
        assertThat(fromEnvironment.user()).isEqualTo("env");

        DatabaseSettings fromOption = DatabaseSettings.resolve("elsewhere.db",
                Map.of("CCR_OFFICE_DATABASE_URL", "jdbc:postgresql://other/ccr"), dataFolder);
        assertThat(fromOption.sqliteFile()).isEqualTo(Path.of("elsewhere.db").toAbsolutePath());
    }

    @Test
    void theDataFolderFollowsEachOperatingSystemsConvention() {
        assertThat(DataFolder.resolve("Windows 11", "C:\\Users\\amina", Map.of("APPDATA", "C:\\Users\\amina\\AppData\\Roaming"), null))
                .isEqualTo(Path.of("C:\\Users\\amina\\AppData\\Roaming", "CCR Office"));
        assertThat(DataFolder.resolve("Mac OS X", "/Users/amina", Map.of(), null))
                .isEqualTo(Path.of("/Users/amina/Library/Application Support/CCR Office"));
        assertThat(DataFolder.resolve("Linux", "/home/amina", Map.of(), null))
                .isEqualTo(Path.of("/home/amina/.local/share/ccr-office"));
        assertThat(DataFolder.resolve("Linux", "/home/amina", Map.of("XDG_DATA_HOME", "/data"), null))
                .isEqualTo(Path.of("/data/ccr-office"));
        assertThat(DataFolder.resolve("Linux", "/home/amina", Map.of("CCR_OFFICE_HOME", "/srv/office"), null))
                .isEqualTo(Path.of("/srv/office"));
    }

    @Test
    void idsAreUniqueAndIncreaseEvenWithinOneMillisecond() {
        Ids ids = new Ids(java.time.Clock.fixed(java.time.Instant.parse("2026-11-23T10:00:00Z"), java.time.ZoneOffset.UTC), 7);
        long previous = 0;
        for (int i = 0; i < 10_000; i++) {
            long id = ids.next();
            assertThat(id).isGreaterThan(previous);
            previous = id;
        }
    }

    private static String pragma(Connection connection, String name) {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            result.next();
            return result.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
