package ca.ccrweb.office.core;

import ca.ccrweb.office.core.db.DataFolder;
import ch.qos.logback.core.PropertyDefinerBase;

import java.nio.file.Path;

/** Where the log is written: the "logs" folder of the data folder, beside the database and its backups. */
public final class LogFolder {
    private LogFolder() {
    }

    public static Path path() {
        return DataFolder.resolve().resolve("logs");
    }

    /** Tells the log configuration (logback.xml) the folder, whichever class logs first. */
    public static final class Definer extends PropertyDefinerBase {
        @Override
        public String getPropertyValue() {
            return path().toAbsolutePath().toString();
        }
    }
}
