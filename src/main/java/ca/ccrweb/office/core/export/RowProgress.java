package ca.ccrweb.office.core.export;

/** Counts the rows a writer has done, reporting and checking for cancellation every few hundred. */
final class RowProgress {
    static final int INTERVAL = 250;

    private final ExportProgress progress;
    private final long total;
    private long done;

    RowProgress(ExportProgress progress, long total) {
        this.progress = progress;
        this.total = total;
        checkCancelled();
        progress.update(0, total);
    }

    void rowDone() {
        done++;
        if (done % INTERVAL == 0) {
            checkCancelled();
            progress.update(done, total);
        }
    }

    void finished() {
        checkCancelled();
        progress.update(done, total);
    }

    private void checkCancelled() {
        if (progress.isCancelled()) {
            throw new ExportCancelledException();
        }
    }
}
