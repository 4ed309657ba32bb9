package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.db.Ids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

import static ca.ccrweb.office.core.db.schema.Tables.MAIL_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The key of the mail server's password is one per database, asked for only when a password is sealed or opened. */
class MailKeyTest {
    private static final MailServer WITH_PASSWORD = new MailServer("smtp.example.org", 587, MailSecurity.STARTTLS,
            "bureau", "mot-de-passe-secret", "info@ccrweb.ca", null, 60);

    @TempDir
    Path folder;

    private static MailingService workstation(OfficeServices office, Supplier<Path> oldKeyFile) {
        return new MailingService(office.database(), office.officeSettings()::current, oldKeyFile, null,
                new Ids(TestOffices.CLOCK), TestOffices.CLOCK, office.access().actor(), office.audit(), office.access());
    }

    private static Supplier<Path> neverAsked() {
        return () -> {
            throw new AssertionError("the workstation's key file was asked for");
        };
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aPasswordSavedOnOneWorkstationIsReadOnAnotherOfTheSameDatabase(Engine engine) {
        try (OfficeServices office = TestOffices.open(engine, folder)) {
            MailingService first = workstation(office, neverAsked());
            MailingService second = workstation(office, neverAsked());

            first.saveServer(WITH_PASSWORD);

            assertThat(second.server().orElseThrow().password()).isEqualTo("mot-de-passe-secret");
            int keyRows = office.database().dsl().fetchCount(MAIL_KEY);
            if (engine == Engine.SQLITE) {
                assertThat(keyRows).isZero();
                assertThat(MailKey.besideTheFile(office.database().settings().sqliteFile())).exists();
            } else {
                assertThat(keyRows).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSettingsScreenNeedsNoKeyAndAMissingKeyIsSaidPlainly(Engine engine) {
        try (OfficeServices office = TestOffices.open(engine, folder)) {
            MailingService mailings = workstation(office, () -> folder.resolve("absent.key"));
            mailings.saveServer(WITH_PASSWORD);
            if (engine == Engine.SQLITE) {
                deleteQuietly(MailKey.besideTheFile(office.database().settings().sqliteFile()));
            } else {
                office.database().dsl().deleteFrom(MAIL_KEY).execute();
            }

            assertThat(mailings.settings().orElseThrow().password()).isEqualTo(MailServer.HIDDEN);
            OfficeException unreadable = catchThrowableOfType(OfficeException.class, mailings::server);

            assertThat(unreadable.key()).isEqualTo("mailings.error.passwordUnreadable");
            mailings.saveServer(WITH_PASSWORD);
            assertThat(mailings.server().orElseThrow().password()).isEqualTo("mot-de-passe-secret");
        }
    }

    @Test
    void aPasswordSealedWithAWorkstationsOldKeyFileIsSealedAgainForEveryWorkstation() throws Exception {
        try (OfficeServices office = TestOffices.openSqlite(folder)) {
            Path oldKeyFile = folder.resolve("old-workstation").resolve(MailingService.SECRET_KEY_FILE);
            Files.createDirectories(oldKeyFile.getParent());
            byte[] oldKey = new byte[32];
            new java.security.SecureRandom().nextBytes(oldKey);
            Files.write(oldKeyFile, Base64.getEncoder().encode(oldKey));
            String sealedTheOldWay = new SecretBox(new FixedKey(oldKey), () -> null).seal("mot-de-passe-secret");
            new MailingRepository(office.database()).saveServer(WITH_PASSWORD, sealedTheOldWay, TestOffices.NOW);

            assertThat(workstation(office, () -> folder.resolve("elsewhere.key")).settings()).isPresent();
            assertThat(catchThrowableOfType(OfficeException.class,
                    () -> workstation(office, () -> folder.resolve("elsewhere.key")).server()).key())
                    .isEqualTo("mailings.error.passwordUnreadable");

            assertThat(workstation(office, () -> oldKeyFile).server().orElseThrow().password())
                    .isEqualTo("mot-de-passe-secret");

            assertThat(workstation(office, () -> folder.resolve("elsewhere.key")).server().orElseThrow().password())
                    .isEqualTo("mot-de-passe-secret");
            assertThat(office.audit().entries("mail_server", 1, 10)).anySatisfy(line ->
                    assertThat(line.action()).isEqualTo("RESEAL"));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of a workstation from before ADR 0029, to seal a password the old way. */
    private static final class FixedKey extends MailKey {
        private final byte[] key;

        FixedKey(byte[] key) {
            this.key = key;
        }

        @Override
        Optional<byte[]> read() {
            return Optional.of(key);
        }

        @Override
        byte[] keep(byte[] fresh) {
            return key;
        }

        @Override
        String where() {
            return "test";
        }
    }
}
