package ca.ccrweb.office.desktop.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds each piece of work until the test finishes it, in the order the test chooses, as the real executor's
 * threads may: the work and its callbacks then run on the calling thread.
 */
public final class HeldTaskExecutor implements TaskExecutor {
    private final List<Runnable> held = new ArrayList<>();
    private final BackgroundWork backgroundWork = new BackgroundWork();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception failure) {
                onFailure.accept(failure);
                return;
            }
            onSuccess.accept(result);
        });
    }

    @Override
    public <T> void runWithProgress(String description, ProgressWork<T> work, Consumer<T> onSuccess,
                                    Consumer<Throwable> onFailure) {
        run(() -> work.call(new ProgressReporter() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        }), onSuccess, onFailure);
    }

    /** Finishes the work started {@code index}-th among those still held (0 is the oldest). */
    public void finish(int index) {
        held.remove(index).run();
    }

    public void finishAll() {
        while (!held.isEmpty()) {
            finish(0);
        }
    }

    public int held() {
        return held.size();
    }

    @Override
    public BackgroundWork backgroundWork() {
        return backgroundWork;
    }

    @Override
    public void shutdown() {
        held.clear();
    }
}
