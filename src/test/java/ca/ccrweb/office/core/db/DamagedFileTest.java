package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static ca.ccrweb.office.core.db.schema.Tables.PROVINCE_REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A file that is not a sound database is refused with a message and left byte for byte as it was. */
class DamagedFileTest {
    @TempDir
    Path folder;

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftUnchanged() throws IOException {
        Path file = folder.resolve("budget.db");
        Files.writeString(file, "Nom,Montant\nCentre d’accueil,1250\n".repeat(20));

        assertRefusedUnchanged(file, "database.error.notSqlite");
    }

    @Test
    void aTruncatedDatabaseIsRefusedAndLeftUnchanged() throws IOException {
        Path file = folder.resolve("office.db");
        populatedDatabase(file);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        assertRefusedUnchanged(file, "database.error.truncated");
    }

    @Test
    void aDatabaseWithScrambledPagesIsRefusedAndLeftUnchanged() throws IOException {
        Path file = folder.resolve("office.db");
        populatedDatabase(file);
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096 + 8; i < bytes.length; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Files.write(file, bytes);

        assertRefusedUnchanged(file, "database.error.damaged");
    }

    @Test
    void aShortFileIsRefusedWithAMessageInTheUsersLanguage() throws IOException {
        Path file = folder.resolve("office.db");
        Files.write(file, new byte[]{1, 2, 3});

        OfficeException refusal = catchThrowableOfType(OfficeException.class,
                () -> Database.open(DatabaseSettings.sqliteFile(file)));

        assertThat(refusal.localizedMessage(Messages.of(Language.FR)))
                .startsWith("Le fichier " + file.toAbsolutePath() + " n’est pas une base de données CCR Bureau");
        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
    }

    @Test
    void anEmptyFileIsTakenAsANewDatabase() throws IOException {
        Path file = folder.resolve("office.db");
        Files.createFile(file);

        Database database = Database.open(DatabaseSettings.sqliteFile(file));

        assertThat(database.dsl().fetchCount(PROVINCE_REGION)).isEqualTo(13);
    }

    @Test
    void theIntegrityCheckFindsNothingWrongInASoundDatabaseAndReportsBrokenForeignKeys() {
        Database database = Database.open(DatabaseSettings.sqliteFile(folder.resolve("office.db")));
        assertThat(database.integrityProblems()).isEmpty();

        database.dsl().connection(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("PRAGMA foreign_keys = OFF");
                statement.execute("INSERT INTO organization_service (organization_id, service) VALUES (42, 'HOUSING')");
            }
        });

        assertThat(database.integrityProblems()).singleElement().asString().contains("organization_service");
    }

    private static void populatedDatabase(Path file) {
        Database database = Database.open(DatabaseSettings.sqliteFile(file));
        database.dsl().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        database.dsl().execute("VACUUM");
    }

    private static void assertRefusedUnchanged(Path file, String expectedKey) throws IOException {
        byte[] before = Files.readAllBytes(file);

        long started = System.nanoTime();
        OfficeException refusal = catchThrowableOfType(OfficeException.class,
                () -> Database.open(DatabaseSettings.sqliteFile(file)));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(refusal).isNotNull();
        assertThat(refusal.key()).isEqualTo(expectedKey);
        assertThat(refusal.localizedMessage(Messages.of(Language.EN))).contains(file.toAbsolutePath().toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(elapsedMillis).as("refused within a second").isLessThan(1_000);
    }
}
