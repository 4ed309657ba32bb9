package ca.ccrweb.office;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AotCacheJarTimesTest {
    private static final FileTime BUILD_TIME = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

    @Test
    void jarsThatLostTheBuildTimeGetItBackAndTheOthersAreLeftAlone(@TempDir Path app) throws Exception {
        Path copiedByAnInstaller = Files.writeString(app.resolve("poi.jar"), "jar");
        Path untouched = Files.writeString(app.resolve("jooq.jar"), "jar");
        Files.setLastModifiedTime(copiedByAnInstaller, FileTime.from(Instant.parse("2026-11-23T16:35:19Z")));
        Files.setLastModifiedTime(untouched, BUILD_TIME);

        int restored = AotCacheJarTimes.restore(List.of(copiedByAnInstaller, untouched), BUILD_TIME);

        assertThat(restored).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(copiedByAnInstaller)).isEqualTo(BUILD_TIME);
        assertThat(Files.getLastModifiedTime(untouched)).isEqualTo(BUILD_TIME);
    }

    @Test
    void aMissingJarIsSkipped(@TempDir Path app) {
        int restored = AotCacheJarTimes.restore(List.of(app.resolve("gone.jar")), BUILD_TIME);

        assertThat(restored).isZero();
    }
}
