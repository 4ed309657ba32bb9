package ca.ccrweb.office.desktop.common;

import java.util.function.Supplier;

/**
 * Heavy work made one at a time, such as a preview rendered again at each edit: a request made while one
 * runs waits, only the latest waiting request is kept, and its task is made when the running one ends, so
 * it reads the state as it stands then (and may return null when there is nothing left to do). Used on the
 * FX thread only.
 */
public final class OneAtATime {
    private boolean running;
    private Supplier<? extends BackgroundTask<?>> waiting;

    public void request(Supplier<? extends BackgroundTask<?>> task, TaskExecutor executor) {
        if (running) {
            waiting = task;
            return;
        }
        BackgroundTask<?> made = task.get();
        if (made == null) {
            return;
        }
        running = true;
        made.execute(executor, () -> true, () -> {
            running = false;
            Supplier<? extends BackgroundTask<?>> next = waiting;
            waiting = null;
            if (next != null) {
                request(next, executor);
            }
        });
    }

    public boolean isRunning() {
        return running;
    }
}
