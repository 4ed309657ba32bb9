package ca.ccrweb.office.desktop.groups;

import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.desktop.common.ProgressReporter;

/** The export flow's progress, as the core's exporter reads it. */
final class ExportTask {

    private ExportTask() {
    }

    static ExportProgress progress(ProgressReporter progress) {
        return new ExportProgress() {
            @Override
            public void update(long rowsDone, long rowsTotal) {
                progress.update(rowsDone, rowsTotal);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }
}
