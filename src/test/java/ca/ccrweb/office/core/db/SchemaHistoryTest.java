package ca.ccrweb.office.core.db;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A start skips Flyway only when the history holds exactly this build's migrations, checksums included. */
class SchemaHistoryTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDatabaseMigratedByThisBuildMatchesItAndAChangedHistoryDoesNot(Engine engine) {
        DatabaseSettings settings = TestDatabases.settings(engine, folder);
        try (Database database = Database.open(settings)) {
            assertThat(matches(database, engine)).isTrue();

            database.dsl().execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '16.1'");
            assertThat(matches(database, engine)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theBuildsIndexNamesEveryMigrationOfTheEngineWithFlywaysVersions(Engine engine) throws Exception {
        String vendor = engine.name().toLowerCase(java.util.Locale.ROOT);
        long scripts;
        try (Stream<Path> common = Files.list(Path.of("src/main/resources/db/migration"));
             Stream<Path> own = Files.list(Path.of("src/main/resources/db/vendor", vendor))) {
            scripts = Stream.concat(common, own).filter(path -> path.toString().endsWith(".sql")).count();
        }
        assertThat(SchemaHistory.thisBuild(engine)).hasSize((int) scripts).containsKeys("1", "16", "16.1");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSecondStartOnACurrentDatabaseOpensAndWritesLikeTheFirst(Engine engine) {
        DatabaseSettings settings = TestDatabases.settings(engine, folder);
        int lines;
        try (Database first = Database.open(settings)) {
            lines = first.dsl().fetchCount(first.dsl().selectFrom("flyway_schema_history"));
        }
        try (Database second = Database.open(settings)) {
            assertThat(second.dsl().fetchCount(second.dsl().selectFrom("flyway_schema_history"))).isEqualTo(lines);
            assertThat(matches(second, engine)).isTrue();
            second.dsl().execute("UPDATE organization SET version = version WHERE 1 = 0");
        }
    }

    private static boolean matches(Database database, Engine engine) {
        Boolean matched = database.dsl().connectionResult(connection -> SchemaHistory.matchesThisBuild(connection,
                engine));
        return matched;
    }
}
