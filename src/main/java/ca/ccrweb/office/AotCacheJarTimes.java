package ca.ccrweb.office;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the installed application's AOT cache usable (docs/decisions/0007-installers-runtime-and-aot-cache.md).
 * The JVM takes the cache only while every jar on the class path bears the modification time it had when
 * the cache was made. The build gives all jars one fixed time, passed to the packaged launcher as
 * {@code ccr.office.jarTime} (seconds since 1970); installers that copy files with new times (the Windows
 * MSI, the macOS disk image) would silently turn the cache off. This puts the time back on the jars that lost
 * it, in the background, so the next start uses the cache. Jars this user may not change (a system-wide
 * Linux install, which the .deb package fixes when installed) are left as they are.
 */
final class AotCacheJarTimes {
    static final String PROPERTY = "ccr.office.jarTime";
    private static final Logger LOG = LoggerFactory.getLogger(AotCacheJarTimes.class);

    private AotCacheJarTimes() {
    }

    static void restoreInBackground() {
        String seconds = System.getProperty(PROPERTY);
        if (seconds == null || seconds.isBlank()) {
            return;
        }
        FileTime time = FileTime.from(Long.parseLong(seconds.strip()), TimeUnit.SECONDS);
        List<Path> jars = Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .map(Path::of)
                .toList();
        Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("aot-cache-jar-times")
                .start(() -> restore(jars, time));
    }

    /** Returns how many jars were given {@code time}. */
    static int restore(List<Path> jars, FileTime time) {
        int restored = 0;
        for (Path jar : jars) {
            try {
                if (Files.isRegularFile(jar) && !Files.getLastModifiedTime(jar).equals(time)) {
                    Files.setLastModifiedTime(jar, time);
                    restored++;
                }
            } catch (IOException | SecurityException e) {
                LOG.debug("Cannot restore the time of {}; the AOT cache stays off until it is reinstalled", jar, e);
            }
        }
        if (restored > 0) {
            LOG.info("Restored the time stamp of {} jar files: the next start uses the AOT cache", restored);
        }
        return restored;
    }
}
