package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SecondInstanceTest {
    @TempDir
    Path folder;

    @Test
    void aSecondRunningCopyIsRefusedAndWritesNothing() throws Exception {
        Path file = folder.resolve("office.db");
        DatabaseSettings settings = DatabaseSettings.sqliteFile(file);
        try (OfficeServices first = OfficeServices.open(settings, Actor.named("first"))) {
            first.membership().all();
        }
        byte[] before = Files.readAllBytes(file);

        Process otherCopy = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(otherCopy.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("locked");

            OfficeException refusal = catchThrowableOfType(OfficeException.class,
                    () -> OfficeServices.open(settings, Actor.named("second")));

            assertThat(refusal.key()).isEqualTo("database.error.inUse");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        } finally {
            otherCopy.getOutputStream().close();
            otherCopy.waitFor(10, TimeUnit.SECONDS);
            otherCopy.destroyForcibly();
        }

        try (OfficeServices afterTheOtherCopyQuit = OfficeServices.open(settings, Actor.named("third"))) {
            assertThat(afterTheOtherCopyQuit.membership().all()).isEmpty();
        }
    }

    @Test
    void oneRunningCopyMayOpenItsOwnDatabaseTwice() throws Exception {
        DatabaseSettings settings = DatabaseSettings.sqliteFile(folder.resolve("office.db"));
        try (OfficeServices first = OfficeServices.open(settings, Actor.named("a"));
             OfficeServices second = OfficeServices.open(settings, Actor.named("b"))) {
            assertThat(second.membership().all()).isEqualTo(first.membership().all());
        }
    }
}
