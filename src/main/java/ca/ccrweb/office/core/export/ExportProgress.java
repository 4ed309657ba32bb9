package ca.ccrweb.office.core.export;

/**
 * Told how far an export has come, and asked whether to stop. Called on the exporting thread, every few
 * hundred rows.
 */
public interface ExportProgress {

    void update(long rowsDone, long rowsTotal);

    boolean isCancelled();

    /** For exports nobody watches. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void update(long rowsDone, long rowsTotal) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
