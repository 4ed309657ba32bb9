package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.common.OfficeException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * SQLite's own advice: do not put a database on a network file system, whose locks are unreliable and can
 * let two computers corrupt it. A file on a network share is refused with that reason and a pointer to
 * PostgreSQL, which is how offices share one database.
 */
final class NetworkShares {
    private static final Set<String> NETWORK_FILE_SYSTEMS = Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smb3",
            "smbfs", "afpfs", "webdav", "davfs", "fuse.sshfs", "sshfs", "9p", "ncpfs", "fuse.rclone");

    private NetworkShares() {
    }

    static void refuseIfRemote(Path databaseFile) {
        remoteKind(databaseFile).ifPresent(kind -> {
            throw new OfficeException("database.error.networkShare", databaseFile, kind);
        });
    }

    /** The kind of network share the file would live on, if it is one. */
    static Optional<String> remoteKind(Path databaseFile) {
        Path absolute = databaseFile.toAbsolutePath();
        if (absolute.toString().startsWith("\\\\")) {
            return Optional.of("UNC");
        }
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.empty();
        }
        try {
            String type = Files.getFileStore(existing).type().toLowerCase(Locale.ROOT);
            return isNetworkType(type) ? Optional.of(type) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static boolean isNetworkType(String fileSystemType) {
        return NETWORK_FILE_SYSTEMS.contains(fileSystemType.toLowerCase(Locale.ROOT));
    }
}
