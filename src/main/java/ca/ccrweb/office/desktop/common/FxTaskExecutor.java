package ca.ccrweb.office.desktop.common;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Background work on a few daemon threads; results return through {@link Platform#runLater}. */
public final class FxTaskExecutor implements TaskExecutor {
    private static final int THREADS = 3;

    private final ExecutorService workers = Executors.newFixedThreadPool(THREADS,
            Thread.ofPlatform().daemon().name("ccr-office-worker-", 1).factory());
    private final BackgroundWork backgroundWork = new BackgroundWork();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        workers.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                Platform.runLater(() -> onFailure.accept(failure));
                return;
            }
            Platform.runLater(() -> onSuccess.accept(result));
        });
    }

    @Override
    public <T> void runWithProgress(String description, ProgressWork<T> work, Consumer<T> onSuccess,
                                    Consumer<Throwable> onFailure) {
        BackgroundWork.Job job = backgroundWork.start(description);
        ThrottledProgress progress = new ThrottledProgress(job);
        workers.execute(() -> {
            T result;
            try {
                result = work.call(progress);
            } catch (Throwable failure) {
                Platform.runLater(() -> {
                    job.finished();
                    onFailure.accept(job.isCancelled() ? cancelled(failure) : failure);
                });
                return;
            }
            Platform.runLater(() -> {
                job.finished();
                onSuccess.accept(result);
            });
        });
    }

    @Override
    public BackgroundWork backgroundWork() {
        return backgroundWork;
    }

    @Override
    public void shutdown() {
        workers.shutdownNow();
    }

    private static CancellationException cancelled(Throwable cause) {
        CancellationException cancellation = new CancellationException("Cancelled by the user");
        cancellation.initCause(cause);
        return cancellation;
    }

    /** Hands progress to the FX thread at most one update at a time, however fast the work reports. */
    private static final class ThrottledProgress implements ProgressReporter {
        private final BackgroundWork.Job job;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong();
        private final AtomicBoolean updatePending = new AtomicBoolean();

        ThrottledProgress(BackgroundWork.Job job) {
            this.job = job;
        }

        @Override
        public void update(long done, long total) {
            this.done.set(done);
            this.total.set(total);
            if (updatePending.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    updatePending.set(false);
                    job.progressed(this.done.get(), this.total.get());
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return job.isCancelled();
        }
    }
}
