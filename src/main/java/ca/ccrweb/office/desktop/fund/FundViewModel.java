package ca.ccrweb.office.desktop.fund;

import ca.ccrweb.office.core.db.ChangeFeed;
import ca.ccrweb.office.core.db.RecordChanged;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.fund.ApplicationStatus;
import ca.ccrweb.office.core.fund.BudgetLine;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundApplication;
import ca.ccrweb.office.core.fund.FundExport;
import ca.ccrweb.office.core.fund.FundService;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.common.BackgroundTask;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.FormSubmission;
import ca.ccrweb.office.desktop.common.LatestRequest;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.OtherWorkstations;
import ca.ccrweb.office.desktop.common.ProgressReporter;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The Amina Malko fund section: the applications of a year (filters by stream, status and province, search)
 * and the reports. Its parts are handed out like the events page's: the selected application with its
 * decision panel ({@link #detail()}), the money paid on an award ({@link #disbursement()}) and the year's
 * budget per stream ({@link #yearBudget()}). What the signed-in role may not do is told to the view
 * ({@link #canManage()}, {@link #canOverride()}), which hides it.
 */
public final class FundViewModel {
    public static final List<String> FIELDS = fields();

    private final OfficeServices office;
    private final FundService fund;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final boolean canManage;
    private final boolean canOverride;
    private final FundFormViewModel form;
    private final FieldErrors errors;
    private final FormSubmission submission;
    private final LatestRequest<Integer> loads = new LatestRequest<>();

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<FundStream> stream = new SimpleObjectProperty<>();
    private final ObjectProperty<ApplicationStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Province> province = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<FundRow> rows = FXCollections.observableArrayList();
    private final FilteredList<FundRow> shown = new FilteredList<>(rows);
    private final ObjectProperty<FundRow> selected = new SimpleObjectProperty<>();
    private final StringBinding countText;

    private final FundDetailViewModel detail;
    private final FundDisbursementViewModel disbursement;
    private final FundBudgetViewModel yearBudget;

    public FundViewModel(OfficeServices office, TaskExecutor executor, UserFeedback feedback, Localizer localizer,
                         boolean canManage, boolean canOverride) {
        this.office = office;
        this.fund = office.fund();
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.canManage = canManage;
        this.canOverride = canOverride;
        this.errors = new FieldErrors(localizer, FIELDS);
        this.submission = FormSubmission.withoutMessage(errors, feedback, localizer);
        this.form = new FundFormViewModel(office, executor, feedback, localizer);
        this.detail = new FundDetailViewModel(this, office, executor, feedback, localizer);
        this.disbursement = new FundDisbursementViewModel(this, office, localizer);
        this.yearBudget = new FundBudgetViewModel(this, office, localizer);
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::filter, search, stream, status, province));
        countText = localizer.text(() -> localizer.plural("fund.count", rows.size(), shown.size(), rows.size()),
                shown, rows);
        selected.subscribe(this::showSelected);
        year.subscribe((before, after) -> {
            if (after != null && !after.equals(before)) {
                load();
            }
        });
        form.setOnSaved(this::created);
    }

    private static List<String> fields() {
        List<String> fields = new ArrayList<>(List.of("award", "reason", "allocated", "disbursement.expense",
                "disbursement.amount", "disbursement.paidOn", "disbursement.method", "disbursement.receipt"));
        Arrays.stream(ExpenseLine.values()).forEach(expense -> fields.add("award." + expense.name()));
        return List.copyOf(fields);
    }

    private record Loaded(List<Integer> years, int year, List<FundRow> rows, List<BudgetLine> budgets) {
    }

    /**
     * Reads the years, the chosen year's applications and its budget; keeps the selection. Only the latest
     * load is shown, so a slow read of the year just left cannot put it back.
     */
    public void load() {
        Integer wanted = year.get();
        loads.run(wanted, BackgroundTask.of(() -> read(wanted)).onSuccess(this::show).onFailure(feedback::showError),
                executor);
    }

    private Loaded read(Integer wanted) {
        List<Integer> withData = fund.years();
        List<Integer> known = new ArrayList<>(withData);
        int current = LocalDate.now(office.clock()).getYear();
        if (!known.contains(current)) {
            known.add(current);
        }
        known.sort(Comparator.reverseOrder());
        int chosen = wanted != null ? wanted : known.stream().filter(withData::contains).findFirst().orElse(current);
        if (!known.contains(chosen)) {
            known.add(chosen);
        }
        return new Loaded(known, chosen, rowsOf(chosen), fund.budgets(chosen));
    }

    private void show(Loaded loaded) {
        FundRow before = selected.get();
        if (!years.equals(loaded.years())) {
            years.setAll(loaded.years());
        }
        year.set(loaded.year());
        rows.setAll(loaded.rows());
        yearBudget.show(loaded.budgets());
        selected.set(before == null ? null : rows.stream().filter(row -> row.id() == before.id()).findFirst()
                .orElse(null));
    }

    private List<FundRow> rowsOf(int chosenYear) {
        return fund.applications(chosenYear).stream().map(application -> new FundRow(application,
                application.stream() == FundStream.LEADERSHIP && application.isAward()
                        ? fund.missedLeadershipConsultations(application.id()) : 0)).toList();
    }

    private void showSelected(FundRow row) {
        disbursement.clear();
        detail.show(row);
    }

    /** The selected application's panel read again, after a change its row may not show. */
    void showSelectedAgain() {
        showSelected(selected.get());
    }

    /**
     * Follows the other workstations (PostgreSQL): an application changed elsewhere reads the year again, keeping
     * the selection and the amounts typed for it. Closing the result stops following.
     */
    public AutoCloseable follow(ChangeFeed changes) {
        return OtherWorkstations.follow(changes, executor, Set.of("fund_application"), detail::reloadKeepingTyped);
    }

    /** A change made by one of the parts: its refusals beside their fields; once made, the year read again. */
    <T> void change(Callable<T> work, Consumer<T> done) {
        submission.submit(executor, work, changed -> {
            load();
            done.accept(changed);
        });
    }

    /** The same, with a refusal because someone changed the application meanwhile handed to {@code conflict}. */
    <T> void change(Callable<T> work, Consumer<T> done, Consumer<RecordChanged> conflict) {
        submission.task(work, changed -> {
            load();
            done.accept(changed);
        }).onFailure(failure -> {
            if (failure instanceof RecordChanged changed) {
                conflict.accept(changed);
            } else {
                submission.refused(failure);
            }
        }).executeWith(executor);
    }

    /** The awards of the year shown, as the file chosen. */
    public void exportAwards(ExportFormat format, Path file, ProgressReporter progress) throws Exception {
        int shownYear = year.get();
        office.export(FundExport.awards(shownYear, fund.applications(shownYear), fund.eventsById(),
                localizer.messages()), format, file, new ExportProgress() {
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

    /** A new application form, for the year shown. */
    public void startNewApplication() {
        form.startNew(year.get() == null ? LocalDate.now(office.clock()).getYear() : year.get());
    }

    private void created(FundApplication application) {
        feedback.notify(localizer.get("fund.notify.applied", application.applicantName()));
        year.set(application.year());
        load();
    }

    public void clearFilters() {
        search.set("");
        stream.set(null);
        status.set(null);
        province.set(null);
    }

    private Predicate<FundRow> filter() {
        FundStream streamWanted = stream.get();
        ApplicationStatus statusWanted = status.get();
        Province provinceWanted = province.get();
        String[] words = Texts.searchKey(search.get()).strip().split("\\s+");
        return row -> (streamWanted == null || row.application().stream() == streamWanted)
                && (statusWanted == null || row.application().status() == statusWanted)
                && (provinceWanted == null || row.application().province() == provinceWanted)
                && matches(row.application(), words);
    }

    private static boolean matches(FundApplication application, String[] words) {
        if (words.length == 1 && words[0].isEmpty()) {
            return true;
        }
        String haystack = Texts.searchKey(application.applicantName() + "\n"
                + (application.email() == null ? "" : application.email()) + "\n"
                + (application.organizationName() == null ? "" : application.organizationName()));
        return Arrays.stream(words).allMatch(haystack::contains);
    }

    public FundDetailViewModel detail() {
        return detail;
    }

    public FundDisbursementViewModel disbursement() {
        return disbursement;
    }

    public FundBudgetViewModel yearBudget() {
        return yearBudget;
    }

    public boolean canManage() {
        return canManage;
    }

    public boolean canOverride() {
        return canOverride;
    }

    public FundFormViewModel form() {
        return form;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<FundStream> streamProperty() {
        return stream;
    }

    public ObjectProperty<ApplicationStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Province> provinceProperty() {
        return province;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<FundRow> rows() {
        return rows;
    }

    public FilteredList<FundRow> shown() {
        return shown;
    }

    public ObjectProperty<FundRow> selectedProperty() {
        return selected;
    }

    /** The messages of the decision panel, the disbursement form and the budget, field by field. */
    public FieldErrors errors() {
        return errors;
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public Localizer localizer() {
        return localizer;
    }

    FormSubmission submission() {
        return submission;
    }

    UserFeedback feedback() {
        return feedback;
    }
}
