package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.l10n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What the desktop remembers between runs for this user: language, window place and size, the folder of
 * the last export. Kept in {@code desktop.properties} in the data folder, or only in memory for tests.
 * Setters change memory; {@link #save()} writes the file (file work: call it off the FX thread).
 */
public final class DesktopPreferences {
    public static final String FILE_NAME = "desktop.properties";
    private static final Logger LOG = LoggerFactory.getLogger(DesktopPreferences.class);

    private final Path file;
    private final Properties values = new Properties();

    private DesktopPreferences(Path file) {
        this.file = file;
    }

    /** Reads the file when it exists; a file that cannot be read gives the defaults. */
    public static DesktopPreferences load(Path file) {
        DesktopPreferences preferences = new DesktopPreferences(file);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                preferences.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Desktop preferences {} could not be read; using the defaults", file, e);
            }
        }
        return preferences;
    }

    public static DesktopPreferences inMemory() {
        return new DesktopPreferences(null);
    }

    public Optional<Language> language() {
        String code = values.getProperty("language");
        try {
            return code == null ? Optional.empty() : Optional.of(Language.fromCode(code));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Minutes without a key or a click before the window locks ({@code lock.idleMinutes}, 1 to 480; default 15). */
    public int idleLockMinutes() {
        try {
            int minutes = Integer.parseInt(values.getProperty("lock.idleMinutes", "15").strip());
            return Math.clamp(minutes, 1, 480);
        } catch (NumberFormatException unreadable) {
            return 15;
        }
    }

    public void setLanguage(Language language) {
        values.setProperty("language", language.code());
    }

    public Optional<WindowBounds> windowBounds() {
        try {
            return Optional.of(new WindowBounds(
                    Double.parseDouble(values.getProperty("window.x")),
                    Double.parseDouble(values.getProperty("window.y")),
                    Double.parseDouble(values.getProperty("window.width")),
                    Double.parseDouble(values.getProperty("window.height")),
                    Boolean.parseBoolean(values.getProperty("window.maximized"))));
        } catch (NullPointerException | NumberFormatException missing) {
            return Optional.empty();
        }
    }

    public void setWindowBounds(WindowBounds bounds) {
        values.setProperty("window.x", Double.toString(bounds.x()));
        values.setProperty("window.y", Double.toString(bounds.y()));
        values.setProperty("window.width", Double.toString(bounds.width()));
        values.setProperty("window.height", Double.toString(bounds.height()));
        values.setProperty("window.maximized", Boolean.toString(bounds.maximized()));
    }

    public Optional<Path> lastExportFolder() {
        String folder = values.getProperty("export.folder");
        return folder == null ? Optional.empty() : Optional.of(Path.of(folder));
    }

    /** Where to propose saving a file: the folder used last time, else the user's documents, else home. */
    public Path exportFolder() {
        Path home = Path.of(System.getProperty("user.home", "."));
        Path documents = home.resolve("Documents");
        return lastExportFolder().filter(Files::isDirectory)
                .orElse(Files.isDirectory(documents) ? documents : home);
    }

    public void setLastExportFolder(Path folder) {
        values.setProperty("export.folder", folder.toString());
    }

    /** Writes the file through a temporary file, so a crash never leaves half of it. */
    public void save() throws IOException {
        if (file == null) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, FILE_NAME, ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            values.store(writer, "CCR Office desktop preferences");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
