package ca.ccrweb.office.desktop.common;

import java.util.Optional;

/**
 * Loads where the latest request wins. The executor's threads may finish in any order, so a load asked
 * earlier (last year's applications, the event left a moment ago) can end after the one asked last; its
 * outcome is then dropped instead of putting back what the person just left. The key is what the latest
 * request loads. Used on the FX thread only.
 */
public final class LatestRequest<K> {
    private long requests;
    private K key;

    /** Starts the task as the latest request, for {@code key}; earlier ones still running are dropped. */
    public <T> void run(K key, BackgroundTask<T> task, TaskExecutor executor) {
        long request = ++requests;
        this.key = key;
        task.execute(executor, () -> request == requests, () -> { });
    }

    /** What the latest request loads, or empty after {@link #forget()} and before the first. */
    public Optional<K> key() {
        return Optional.ofNullable(key);
    }

    /** Drops the outcome of every request still running (the page was left). */
    public void forget() {
        requests++;
        key = null;
    }
}
