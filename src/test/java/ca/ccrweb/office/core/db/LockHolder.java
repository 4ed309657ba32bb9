package ca.ccrweb.office.core.db;

import java.nio.file.Path;

/** Another running copy, for tests: holds the database's instance lock until its input closes. */
public final class LockHolder {
    public static void main(String[] args) throws Exception {
        try (InstanceLock ignored = InstanceLock.acquire(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() != -1) {
                Thread.onSpinWait();
            }
        }
    }
}
