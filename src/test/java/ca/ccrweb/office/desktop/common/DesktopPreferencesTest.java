package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.l10n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DesktopPreferencesTest {
    @TempDir
    Path folder;

    @Test
    void languageAndWindowAreRememberedBetweenRuns() throws Exception {
        Path file = folder.resolve("nested").resolve(DesktopPreferences.FILE_NAME);
        DesktopPreferences first = DesktopPreferences.load(file);
        assertThat(first.language()).isEmpty();
        assertThat(first.windowBounds()).isEmpty();
        first.setLanguage(Language.FR);
        first.setWindowBounds(new WindowBounds(10, 20, 1300, 850, true));
        first.setLastExportFolder(folder);
        first.save();

        DesktopPreferences next = DesktopPreferences.load(file);

        assertThat(next.language()).contains(Language.FR);
        assertThat(next.windowBounds()).contains(new WindowBounds(10, 20, 1300, 850, true));
        assertThat(next.lastExportFolder()).contains(folder);
    }

    @Test
    void aDamagedFileGivesTheDefaults() throws Exception {
        Path file = folder.resolve(DesktopPreferences.FILE_NAME);
        Files.writeString(file, "language=xx\nwindow.x=not a number\n");

        DesktopPreferences preferences = DesktopPreferences.load(file);

        assertThat(preferences.language()).isEmpty();
        assertThat(preferences.windowBounds()).isEmpty();
    }

    @Test
    void inMemoryPreferencesWriteNothing() throws Exception {
        DesktopPreferences preferences = DesktopPreferences.inMemory();
        preferences.setLanguage(Language.EN);

        preferences.save();

        assertThat(preferences.language()).contains(Language.EN);
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
