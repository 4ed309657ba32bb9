package ca.ccrweb.office.desktop.administration;

import java.nio.file.Path;
import java.time.Instant;

/** One copy in the backup folder: when it was made and how big it is. */
public record BackupFile(Path path, Instant madeAt, long bytes) {
    public String name() {
        return path.getFileName().toString();
    }
}
