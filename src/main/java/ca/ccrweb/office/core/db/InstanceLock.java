package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.common.OfficeException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps a second running copy of the application off a SQLite database that one copy already uses, as
 * Firefox does with its profile lock: an operating-system lock on {@code <database>.lock} beside the file,
 * released by the system even when the holder crashes. Within one running copy the lock is shared.
 */
public final class InstanceLock implements AutoCloseable {
    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path lockFile;
    private boolean released;

    private InstanceLock(Path lockFile) {
        this.lockFile = lockFile;
    }

    public static InstanceLock acquire(Path databaseFile) {
        Path lockFile = databaseFile.toAbsolutePath().resolveSibling(databaseFile.getFileName() + ".lock");
        synchronized (HELD) {
            Held held = HELD.get(lockFile);
            if (held == null) {
                held = lock(lockFile, databaseFile);
                HELD.put(lockFile, held);
            }
            held.users++;
        }
        return new InstanceLock(lockFile);
    }

    private static Held lock(Path lockFile, Path databaseFile) {
        FileChannel channel = null;
        try {
            // At the very first start the data folder does not exist yet: the lock is taken before the
            // database creates it.
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new OfficeException("database.error.inUse", databaseFile);
            }
            return new Held(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new OfficeException(e, "database.error.inUse", databaseFile);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new OfficeException(e, "database.error.cannotLock", databaseFile, e.getMessage());
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (released) {
                return;
            }
            released = true;
            Held held = HELD.get(lockFile);
            if (held != null && --held.users == 0) {
                HELD.remove(lockFile);
                try {
                    held.lock.release();
                } catch (IOException ignored) {
                    // closing the channel below releases it as well
                }
                closeQuietly(held.channel);
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more can be done; the operating system releases the lock with the process
            }
        }
    }

    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        int users;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }
}
