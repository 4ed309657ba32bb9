package ca.ccrweb.office.desktop.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way work leaves the FX thread: database and file work runs in the background and its result
 * (or failure) comes back on the FX thread.
 */
public interface TaskExecutor {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Long work shown in the status bar with its progress and a Cancel button. When staff cancel and the
     * work stops, {@code onFailure} receives a {@link java.util.concurrent.CancellationException}.
     */
    <T> void runWithProgress(String description, ProgressWork<T> work, Consumer<T> onSuccess,
                             Consumer<Throwable> onFailure);

    BackgroundWork backgroundWork();

    void shutdown();
}
