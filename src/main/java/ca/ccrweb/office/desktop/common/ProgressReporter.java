package ca.ccrweb.office.desktop.common;

/** What long work tells the status bar, and how it learns that staff cancelled it. */
public interface ProgressReporter {
    void update(long done, long total);

    boolean isCancelled();
}
