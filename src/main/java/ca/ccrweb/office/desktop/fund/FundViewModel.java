package ca.ccrweb.office.desktop.fund;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.fund.ApplicationStatus;
import ca.ccrweb.office.core.fund.AwardLetter;
import ca.ccrweb.office.core.fund.BudgetLine;
import ca.ccrweb.office.core.fund.BudgetSummary;
import ca.ccrweb.office.core.fund.Disbursement;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundApplication;
import ca.ccrweb.office.core.fund.FundDecision;
import ca.ccrweb.office.core.fund.FundExport;
import ca.ccrweb.office.core.fund.FundLine;
import ca.ccrweb.office.core.fund.FundService;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.core.fund.LinkedConsultation;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Money;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The Amina Malko fund section: the applications of a year (filters by stream, status and province, search),
 * the one selected with its decision panel, consultations and disbursements, the year's budget per stream,
 * and the reports. What the signed-in role may not do is told to the view ({@link #canManage()},
 * {@link #canOverride()}), which hides it.
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

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<FundStream> stream = new SimpleObjectProperty<>();
    private final ObjectProperty<ApplicationStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Province> province = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<FundRow> rows = FXCollections.observableArrayList();
    private final FilteredList<FundRow> shown = new FilteredList<>(rows);
    private final ObjectProperty<FundRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<FundDecision> decisions = FXCollections.observableArrayList();
    private final ObservableList<LinkedConsultation> consultations = FXCollections.observableArrayList();
    private final ObservableList<Disbursement> disbursements = FXCollections.observableArrayList();
    private final ObservableList<BudgetLine> budgets = FXCollections.observableArrayList();
    private final Map<ExpenseLine, StringProperty> awarded = new EnumMap<>(ExpenseLine.class);
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final ObjectProperty<ExpenseLine> disbursementExpense = new SimpleObjectProperty<>();
    private final StringProperty disbursementAmount = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> disbursementPaidOn = new SimpleObjectProperty<>(LocalDate.now());
    private final ObjectProperty<PaymentMethod> disbursementMethod = new SimpleObjectProperty<>();
    private final StringProperty disbursementReceipt = new SimpleStringProperty("");
    private final Map<FundStream, StringProperty> budgetTexts = new EnumMap<>(FundStream.class);
    private final FieldErrors errors;
    private final StringBinding countText;

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
        this.form = new FundFormViewModel(office, executor, feedback, localizer);
        for (ExpenseLine expense : ExpenseLine.values()) {
            awarded.put(expense, new SimpleStringProperty(""));
        }
        for (FundStream each : FundStream.values()) {
            budgetTexts.put(each, new SimpleStringProperty(""));
        }
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::filter, search, stream, status, province));
        countText = localizer.text(() -> localizer.plural("fund.count", rows.size(), shown.size(), rows.size()),
                shown, rows);
        selected.subscribe(this::showDetail);
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

    /** Reads the years, the chosen year's applications and its budget; keeps the selection. */
    public void load() {
        Integer wanted = year.get();
        executor.run(() -> {
            List<Integer> withData = fund.years();
            List<Integer> known = new ArrayList<>(withData);
            int current = LocalDate.now(office.clock()).getYear();
            if (!known.contains(current)) {
                known.add(current);
            }
            known.sort(java.util.Comparator.reverseOrder());
            int chosen = wanted != null ? wanted : known.stream().filter(withData::contains).findFirst()
                    .orElse(current);
            if (!known.contains(chosen)) {
                known.add(chosen);
            }
            return new Loaded(known, chosen, rowsOf(chosen), fund.budgets(chosen));
        }, loaded -> {
            FundRow before = selected.get();
            if (!years.equals(loaded.years())) {
                years.setAll(loaded.years());
            }
            year.set(loaded.year());
            rows.setAll(loaded.rows());
            budgets.setAll(loaded.budgets());
            for (BudgetLine line : loaded.budgets()) {
                budgetTexts.get(line.stream()).set(Money.typed(line.allocatedCents(), localizer.messages().locale()));
            }
            selected.set(before == null ? null : rows.stream().filter(row -> row.id() == before.id()).findFirst()
                    .orElse(null));
        }, feedback::showError);
    }

    private List<FundRow> rowsOf(int chosenYear) {
        return fund.applications(chosenYear).stream().map(application -> new FundRow(application,
                application.stream() == FundStream.LEADERSHIP && application.isAward()
                        ? fund.missedLeadershipConsultations(application.id()) : 0)).toList();
    }

    private record Detail(long id, List<FundDecision> decisions, List<LinkedConsultation> consultations,
                          List<Disbursement> disbursements) {
    }

    private void showDetail(FundRow row) {
        errors.clear();
        overrideReason.set("");
        disbursementAmount.set("");
        disbursementReceipt.set("");
        disbursementMethod.set(null);
        disbursementExpense.set(null);
        disbursementPaidOn.set(LocalDate.now(office.clock()));
        if (row == null) {
            decisions.clear();
            consultations.clear();
            disbursements.clear();
            awarded.values().forEach(text -> text.set(""));
            return;
        }
        FundApplication application = row.application();
        for (ExpenseLine expense : ExpenseLine.values()) {
            FundLine line = application.line(expense);
            long proposal = line == null ? 0 : line.awardedCents() != null ? line.awardedCents() : line.requestedCents();
            awarded.get(expense).set(line == null ? "" : Money.typed(proposal, localizer.messages().locale()));
        }
        executor.run(() -> new Detail(application.id(), fund.decisions(application.id()),
                fund.consultations(application.id()), fund.disbursements(application.id())), detail -> {
            if (selected.get() != null && selected.get().id() == detail.id()) {
                decisions.setAll(detail.decisions());
                consultations.setAll(detail.consultations());
                disbursements.setAll(detail.disbursements());
            }
        }, feedback::showError);
    }

    /** Selects the application shown with the amounts typed; an administrator may add an override reason. */
    public void select(String reason) {
        FundRow row = selected.get();
        if (row == null) {
            return;
        }
        Map<ExpenseLine, Long> amounts = typedAward(row.application());
        if (amounts == null) {
            return;
        }
        String override = canOverride ? Texts.clean(overrideReason.get()) : null;
        act(() -> fund.select(row.id(), amounts, reason, override), "fund.notify.selected");
    }

    public void waitlist(String reason) {
        FundRow row = selected.get();
        if (row == null) {
            return;
        }
        Map<ExpenseLine, Long> amounts = typedAward(row.application());
        if (amounts == null) {
            return;
        }
        act(() -> fund.waitlist(row.id(), amounts, reason), "fund.notify.waitlisted");
    }

    public void decline(String reason) {
        FundRow row = selected.get();
        if (row != null) {
            act(() -> fund.decline(row.id(), reason), "fund.notify.declined");
        }
    }

    public void withdraw(String reason) {
        FundRow row = selected.get();
        if (row != null) {
            act(() -> fund.withdraw(row.id(), reason), "fund.notify.withdrawn");
        }
    }

    /** The amounts typed per line, in cents; null (with the messages shown) when one cannot be read. */
    private Map<ExpenseLine, Long> typedAward(FundApplication application) {
        errors.clear();
        Map<ExpenseLine, Long> amounts = new EnumMap<>(ExpenseLine.class);
        List<FieldError> wrong = new ArrayList<>();
        for (FundLine line : application.lines()) {
            Money.Reading reading = Money.read("award." + line.expense().name(), awarded.get(line.expense()).get(),
                    localizer.messages().locale());
            if (!reading.isValid()) {
                wrong.add(reading.error());
            } else {
                amounts.put(line.expense(), reading.cents() == null ? 0L : reading.cents());
            }
        }
        if (!wrong.isEmpty()) {
            errors.show(new ValidationException(wrong));
            return null;
        }
        return amounts;
    }

    private void act(java.util.concurrent.Callable<FundApplication> decision, String notifyKey) {
        errors.clear();
        executor.run(decision, decided -> {
            feedback.notify(localizer.get(notifyKey, decided.applicantName()));
            load();
        }, this::refused);
    }

    private void refused(Throwable error) {
        if (error instanceof ValidationException refusal) {
            List<FieldError> elsewhere = errors.show(refusal);
            if (!elsewhere.isEmpty()) {
                feedback.showError(new ValidationException(elsewhere));
            }
        } else {
            feedback.showError(error);
        }
    }

    /** Records money paid on the award shown, against the expense chosen. */
    public void disburse() {
        FundRow row = selected.get();
        if (row == null) {
            return;
        }
        errors.clear();
        Money.Reading amount = Money.read("disbursement.amount", disbursementAmount.get(),
                localizer.messages().locale());
        if (!amount.isValid()) {
            errors.show(new ValidationException(List.of(amount.error())));
            return;
        }
        long cents = amount.cents() == null ? 0 : amount.cents();
        ExpenseLine expense = disbursementExpense.get();
        LocalDate paidOn = disbursementPaidOn.get();
        PaymentMethod method = disbursementMethod.get();
        String receipt = disbursementReceipt.get();
        executor.run(() -> fund.disburse(row.id(), expense, cents, paidOn, method, receipt), paid -> {
            feedback.notify(localizer.get("fund.notify.disbursed", localizer.money(paid.amountCents()),
                    row.application().applicantName()));
            load();
            showDetail(selected.get());
        }, this::refused);
    }

    /** Sets a stream's budget for the year shown to the amount typed. */
    public void saveBudget(FundStream which) {
        Integer shownYear = year.get();
        if (shownYear == null) {
            return;
        }
        errors.clear();
        Money.Reading amount = Money.read("allocated", budgetTexts.get(which).get(), localizer.messages().locale());
        if (!amount.isValid()) {
            errors.show(new ValidationException(List.of(amount.error())));
            return;
        }
        long cents = amount.cents() == null ? 0 : amount.cents();
        executor.run(() -> fund.setBudget(shownYear, which, cents), line -> {
            feedback.notify(localizer.get("fund.notify.budget", localizer.label(which), String.valueOf(shownYear),
                    localizer.money(line.allocatedCents())));
            load();
        }, this::refused);
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

    /** The board's one-page budget summary of the year shown. */
    public void writeBudgetSummary(Path file) throws Exception {
        int shownYear = year.get();
        office.exportDocument(localizer.get("fund.document.summary", String.valueOf(shownYear)), 1, file,
                output -> BudgetSummary.write(fund.summary(shownYear), office.officeSettings().current(), localizer.messages(),
                        LocalDate.now(office.clock()), output));
    }

    /** The award letter of the application shown, in the applicant's language. */
    public void writeAwardLetter(Path file) throws Exception {
        FundApplication award = fund.find(selected.get().id()).orElseThrow();
        office.exportDocument(localizer.get("fund.document.letter", award.applicantName()), 1, file,
                output -> AwardLetter.write(award, fund.eventsOf(award), office.officeSettings().current(),
                        LocalDate.now(office.clock()), output));
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

    /** The budget line of a stream for the year shown (zeros before it is read). */
    public BudgetLine budget(FundStream which) {
        return budgets.stream().filter(line -> line.stream() == which).findFirst()
                .orElse(new BudgetLine(year.get() == null ? 0 : year.get(), which, 0, 0, 0));
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

    public ObservableList<FundDecision> decisions() {
        return decisions;
    }

    public ObservableList<LinkedConsultation> consultations() {
        return consultations;
    }

    public ObservableList<Disbursement> disbursements() {
        return disbursements;
    }

    public ObservableList<BudgetLine> budgets() {
        return budgets;
    }

    public StringProperty awardedProperty(ExpenseLine expense) {
        return awarded.get(expense);
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    public ObjectProperty<ExpenseLine> disbursementExpenseProperty() {
        return disbursementExpense;
    }

    public StringProperty disbursementAmountProperty() {
        return disbursementAmount;
    }

    public ObjectProperty<LocalDate> disbursementPaidOnProperty() {
        return disbursementPaidOn;
    }

    public ObjectProperty<PaymentMethod> disbursementMethodProperty() {
        return disbursementMethod;
    }

    public StringProperty disbursementReceiptProperty() {
        return disbursementReceipt;
    }

    public StringProperty budgetTextProperty(FundStream which) {
        return budgetTexts.get(which);
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public Localizer localizer() {
        return localizer;
    }
}
