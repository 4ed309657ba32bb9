package ca.ccrweb.office.desktop.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The long work under way, as the status bar shows it: what is being done, how far along, and a way to
 * cancel it. When several run at once the latest is shown. Changed on the FX thread only.
 */
public final class BackgroundWork {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final Deque<Job> jobs = new ArrayDeque<>();

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Asks the work shown to stop; it stops at its next check. */
    public void cancel() {
        Job shown = jobs.peekLast();
        if (shown != null) {
            shown.cancelled = true;
        }
    }

    public Job start(String what) {
        Job job = new Job(what);
        jobs.addLast(job);
        show();
        return job;
    }

    private void show() {
        Job shown = jobs.peekLast();
        running.set(shown != null);
        description.set(shown == null ? "" : shown.description);
        progress.set(shown == null ? -1 : shown.fraction);
    }

    /** One piece of long work. Its cancel flag is read from the worker thread. */
    public final class Job {
        private final String description;
        private double fraction = -1;
        private volatile boolean cancelled;

        private Job(String description) {
            this.description = description;
        }

        public boolean isCancelled() {
            return cancelled;
        }

        public void progressed(long done, long total) {
            fraction = total <= 0 ? -1 : Math.min(1.0, (double) done / total);
            if (jobs.peekLast() == this) {
                progress.set(fraction);
            }
        }

        public void finished() {
            jobs.remove(this);
            show();
        }
    }
}
