package ca.ccrweb.office.desktop.cases;

import ca.ccrweb.office.core.cases.CaseCount;
import ca.ccrweb.office.core.cases.CaseKind;
import ca.ccrweb.office.core.cases.CaseService;
import ca.ccrweb.office.core.cases.RetentionDue;
import ca.ccrweb.office.core.cases.RetentionPeriod;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.ProgressReporter;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;

/**
 * What everyone may see of the cases: the counts by kind and status, the anonymized statistics of a year, and,
 * for administrators, the retention periods and the review of the cases due for deletion.
 */
public final class CaseCountsViewModel {
    private final CaseService cases;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final Runnable reload;
    private final ObservableList<CaseCount> counts = FXCollections.observableArrayList();
    private final ObservableList<RetentionPeriod> retention = FXCollections.observableArrayList();
    private final ObservableList<RetentionDue> review = FXCollections.observableArrayList();
    private final IntegerProperty statisticsYear = new SimpleIntegerProperty();

    CaseCountsViewModel(CaseService cases, TaskExecutor executor, UserFeedback feedback, Localizer localizer,
                        int year, Runnable reload) {
        this.cases = cases;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.reload = reload;
        this.statisticsYear.set(year);
    }

    void show(List<CaseCount> newCounts, List<RetentionPeriod> periods, List<RetentionDue> due) {
        counts.setAll(newCounts);
        retention.setAll(periods);
        review.setAll(due);
    }

    /** The anonymized statistics of the year chosen. */
    public void exportStatistics(ExportFormat format, Path file, ProgressReporter progress)
            throws Exception {
        cases.exportStatistics(statisticsYear.get(), format, file, localizer.messages(), new ExportProgress() {
            @Override
            public void update(long rowsDone, long rowsTotal) {
                progress.update(rowsDone, rowsTotal);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        });
    }

    public void setRetention(CaseKind kindChosen, int years) {
        executor.run(() -> cases.setRetention(kindChosen, years), period -> {
            feedback.notify(localizer.get("cases.notify.retentionSet", localizer.label(period.kind()), period.years()));
            reload.run();
        }, feedback::showError);
    }

    public void purgeDue() {
        executor.run(cases::purgeDue, purged -> {
            feedback.notify(localizer.get("cases.notify.purged", purged.size()));
            reload.run();
        }, feedback::showError);
    }

    public ObservableList<CaseCount> counts() {
        return counts;
    }

    public ObservableList<RetentionPeriod> retention() {
        return retention;
    }

    public ObservableList<RetentionDue> review() {
        return review;
    }

    public IntegerProperty statisticsYearProperty() {
        return statisticsYear;
    }
}
