package ca.ccrweb.office.desktop.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One piece of background work with what the screen does around it, on the lines of JabRef's BackgroundTask:
 * {@code onRunning} before the work leaves the FX thread, then {@code onFinished}, then {@code onSuccess} or
 * {@code onFailure} with the outcome. {@code onFinished} comes first so that a success which starts new work
 * (a reload after a save) may raise the busy flag again without it being lowered behind its back.
 * Failures are never dropped: a task made without {@code onFailure} refuses to run.
 */
public final class BackgroundTask<T> {
    private final Callable<T> work;
    private Runnable onRunning = () -> { };
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onFinished = () -> { };

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onRunning(Runnable onRunning) {
        this.onRunning = onRunning;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> onSuccess) {
        this.onSuccess = onSuccess;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
        return this;
    }

    public BackgroundTask<T> onFinished(Runnable onFinished) {
        this.onFinished = onFinished;
        return this;
    }

    /** Runs the work in the background; the callbacks come back on the FX thread. */
    public void executeWith(TaskExecutor executor) {
        execute(executor, () -> true, () -> { });
    }

    /**
     * Runs the work; its outcome is handed on only while {@code wanted} still says so when it arrives, and
     * {@code afterwards} runs once it is over, handed on or not.
     */
    void execute(TaskExecutor executor, BooleanSupplier wanted, Runnable afterwards) {
        if (onFailure == null) {
            throw new IllegalStateException("A background task needs onFailure: nothing is swallowed");
        }
        onRunning.run();
        executor.run(work, result -> {
            try {
                if (wanted.getAsBoolean()) {
                    onFinished.run();
                    onSuccess.accept(result);
                }
            } finally {
                afterwards.run();
            }
        }, failure -> {
            try {
                if (wanted.getAsBoolean()) {
                    onFinished.run();
                    onFailure.accept(failure);
                }
            } finally {
                afterwards.run();
            }
        });
    }
}
