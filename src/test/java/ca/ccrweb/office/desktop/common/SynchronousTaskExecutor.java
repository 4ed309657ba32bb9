package ca.ccrweb.office.desktop.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/** Runs the work at once on the calling thread, so a view-model test reads the outcome on the next line. */
public final class SynchronousTaskExecutor implements TaskExecutor {
    private final BackgroundWork backgroundWork = new BackgroundWork();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> void runWithProgress(String description, ProgressWork<T> work, Consumer<T> onSuccess,
                                    Consumer<Throwable> onFailure) {
        BackgroundWork.Job job = backgroundWork.start(description);
        T result;
        try {
            result = work.call(new ProgressReporter() {
                @Override
                public void update(long done, long total) {
                    job.progressed(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return job.isCancelled();
                }
            });
        } catch (Exception failure) {
            job.finished();
            onFailure.accept(job.isCancelled() ? new CancellationException() : failure);
            return;
        }
        job.finished();
        onSuccess.accept(result);
    }

    @Override
    public BackgroundWork backgroundWork() {
        return backgroundWork;
    }

    @Override
    public void shutdown() {
    }
}
