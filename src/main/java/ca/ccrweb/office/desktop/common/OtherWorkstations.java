package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.db.ChangeFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Open lists following the other workstations' changes (PostgreSQL, ADR 0023): the feed speaks on its own thread;
 * the reload is started on the FX thread through the executor, once for a burst of changes (notifications heard
 * while a reload waits to start add nothing: it reads after them).
 */
public final class OtherWorkstations {
    private static final Logger LOG = LoggerFactory.getLogger(OtherWorkstations.class);

    private OtherWorkstations() {
    }

    /** Runs {@code reload} on the FX thread when one of {@code tables} changed; closing the result stops. */
    public static AutoCloseable follow(ChangeFeed changes, TaskExecutor executor, Set<String> tables,
                                       Runnable reload) {
        AtomicBoolean waiting = new AtomicBoolean(false);
        return changes.subscribe(changed -> {
            boolean concerned = changed.contains(ChangeFeed.EVERYTHING) || changed.stream().anyMatch(tables::contains);
            if (concerned && waiting.compareAndSet(false, true)) {
                executor.run(() -> Boolean.TRUE, ready -> {
                    waiting.set(false);
                    reload.run();
                }, failure -> {
                    waiting.set(false);
                    LOG.info("A list could not follow a change of {}: {}", tables, failure.toString());
                });
            }
        });
    }

    /** Several followings closed together, each even when one fails. */
    public static AutoCloseable all(List<AutoCloseable> followings) {
        List<AutoCloseable> open = new ArrayList<>(followings);
        return () -> {
            Exception first = null;
            for (AutoCloseable following : open) {
                try {
                    following.close();
                } catch (Exception e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            open.clear();
            if (first != null) {
                throw first;
            }
        };
    }
}
