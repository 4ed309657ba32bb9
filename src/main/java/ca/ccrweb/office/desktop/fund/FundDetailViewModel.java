package ca.ccrweb.office.desktop.fund;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.db.RecordChanged;
import ca.ccrweb.office.core.fund.AwardLetter;
import ca.ccrweb.office.core.fund.BudgetLine;
import ca.ccrweb.office.core.fund.Disbursement;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundApplication;
import ca.ccrweb.office.core.fund.FundDecision;
import ca.ccrweb.office.core.fund.FundLine;
import ca.ccrweb.office.core.fund.FundService;
import ca.ccrweb.office.core.fund.LinkedConsultation;
import ca.ccrweb.office.desktop.common.BackgroundTask;
import ca.ccrweb.office.desktop.common.LatestRequest;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Money;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import ca.ccrweb.office.core.mailings.LetterKind;
import ca.ccrweb.office.core.mailings.Letters;
import ca.ccrweb.office.desktop.mailings.LetterSending;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The application selected in the fund's list: the amounts proposed per line, its decisions, consultations and
 * disbursements (read in the background for the latest selection only), and the decision buttons.
 */
public final class FundDetailViewModel {
    private final FundViewModel list;
    private final OfficeServices office;
    private final FundService fund;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final LatestRequest<Long> reads = new LatestRequest<>();

    private final ObservableList<FundDecision> decisions = FXCollections.observableArrayList();
    private final ObservableList<LinkedConsultation> consultations = FXCollections.observableArrayList();
    private final ObservableList<Disbursement> disbursements = FXCollections.observableArrayList();
    private final Map<ExpenseLine, StringProperty> awarded = new EnumMap<>(ExpenseLine.class);
    private final StringProperty conflict = new SimpleStringProperty("");
    private TypedAmounts keptAfterReload;

    private record TypedAmounts(long applicationId, Map<ExpenseLine, String> amounts) {
    }

    FundDetailViewModel(FundViewModel list, OfficeServices office, TaskExecutor executor, UserFeedback feedback,
                        Localizer localizer) {
        this.list = list;
        this.office = office;
        this.fund = office.fund();
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        for (ExpenseLine expense : ExpenseLine.values()) {
            awarded.put(expense, new SimpleStringProperty(""));
        }
    }

    private record Detail(List<FundDecision> decisions, List<LinkedConsultation> consultations,
                          List<Disbursement> disbursements) {
    }

    void show(FundRow row) {
        list.errors().clear();
        TypedAmounts kept = row == null || keptAfterReload == null || keptAfterReload.applicationId() != row.id()
                ? null : keptAfterReload;
        keptAfterReload = null;
        conflict.set("");
        if (row == null) {
            reads.forget();
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
        if (kept != null) {
            kept.amounts().forEach((expense, text) -> awarded.get(expense).set(text));
        }
        long id = application.id();
        reads.run(id, BackgroundTask.of(() -> new Detail(fund.decisions(id), fund.consultations(id),
                fund.disbursements(id))).onSuccess(detail -> {
                    decisions.setAll(detail.decisions());
                    consultations.setAll(detail.consultations());
                    disbursements.setAll(detail.disbursements());
                }).onFailure(feedback::showError), executor);
    }

    /**
     * Selects the application shown with the amounts typed, for the one reason given. When the award goes
     * beyond what is left of the stream's budget, an administrator's reason is the reason to go beyond it.
     */
    public void select(String reason) {
        FundRow row = list.selectedProperty().get();
        if (row == null) {
            return;
        }
        Map<ExpenseLine, Long> amounts = typedAward(row.application());
        if (amounts == null) {
            return;
        }
        String why = Texts.clean(reason);
        boolean beyond = list.canOverride() && beyondBudget(row.application(), amounts) != null;
        long version = row.application().version();
        decide(() -> beyond ? fund.select(row.id(), version, amounts, null, why)
                        : fund.select(row.id(), version, amounts, why, null),
                "fund.notify.selected");
    }

    /**
     * What an administrator is told before selecting an award that goes beyond what is left of its stream's
     * budget (the reason then becomes required); null when the award fits, when the amounts cannot be read,
     * or for staff who cannot go beyond the budget (the service refuses them with what is left).
     */
    public String beyondBudgetExplanation() {
        FundRow row = list.selectedProperty().get();
        if (row == null || !list.canOverride()) {
            return null;
        }
        Map<ExpenseLine, Long> amounts = typedAward(row.application());
        return amounts == null ? null : beyondBudget(row.application(), amounts);
    }

    private String beyondBudget(FundApplication application, Map<ExpenseLine, Long> amounts) {
        BudgetLine budget = list.yearBudget().line(application.stream());
        long total = amounts.values().stream().mapToLong(Long::longValue).sum();
        if (budget.allocatedCents() == 0 || total <= budget.remainingCents()) {
            return null;
        }
        return localizer.get("fund.decide.selectBeyond.text", localizer.money(total),
                localizer.money(budget.remainingCents()), localizer.label(application.stream()),
                String.valueOf(application.year()));
    }

    public void waitlist(String reason) {
        FundRow row = list.selectedProperty().get();
        if (row == null) {
            return;
        }
        Map<ExpenseLine, Long> amounts = typedAward(row.application());
        if (amounts == null) {
            return;
        }
        decide(() -> fund.waitlist(row.id(), row.application().version(), amounts, reason), "fund.notify.waitlisted");
    }

    public void decline(String reason) {
        FundRow row = list.selectedProperty().get();
        if (row != null) {
            decide(() -> fund.decline(row.id(), row.application().version(), reason), "fund.notify.declined");
        }
    }

    public void withdraw(String reason) {
        FundRow row = list.selectedProperty().get();
        if (row != null) {
            decide(() -> fund.withdraw(row.id(), row.application().version(), reason), "fund.notify.withdrawn");
        }
    }

    /** The amounts typed per line, in cents; null (with the messages shown) when one cannot be read. */
    private Map<ExpenseLine, Long> typedAward(FundApplication application) {
        list.errors().clear();
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
            list.errors().show(new ValidationException(wrong));
            return null;
        }
        return amounts;
    }

    private void decide(Callable<FundApplication> decision, String notifyKey) {
        list.change(decision, decided -> feedback.notify(localizer.get(notifyKey, decided.applicantName())),
                this::changedMeanwhile);
    }

    /**
     * Someone changed the application since it was shown: nothing was decided. Says who and when, and offers to
     * read it again; the amounts typed stay in their fields to compare with the other change.
     */
    private void changedMeanwhile(RecordChanged changed) {
        String message = changed.changedBy() == null ? localizer.get("fund.conflict.changedBySomeone")
                : localizer.get("fund.conflict.changedBy", changed.changedBy(), changed.changedAt());
        conflict.set(message);
        feedback.notify(message, localizer.get("fund.conflict.reload"), this::reloadKeepingTyped);
    }

    /** Reads the applications again; the amounts typed are put back over those of the application as it is now. */
    public void reloadKeepingTyped() {
        Map<ExpenseLine, String> typed = new EnumMap<>(ExpenseLine.class);
        awarded.forEach((expense, text) -> typed.put(expense, text.get()));
        FundRow row = list.selectedProperty().get();
        keptAfterReload = row == null ? null : new TypedAmounts(row.id(), typed);
        list.load();
    }

    /** The award letter of the application shown, in the applicant's language. */
    public void writeAwardLetter(Path file) throws Exception {
        FundApplication award = fund.find(list.selectedProperty().get().id()).orElseThrow();
        office.exportDocument(localizer.get("fund.document.letter", award.applicantName()), 1, file,
                output -> AwardLetter.write(award, fund.eventsOf(award), office.officeSettings().current(),
                        LocalDate.now(office.clock()), output));
    }

    /** Sends the award letter of the application shown to the applicant by email, its PDF attached. */
    public void emailAwardLetter() {
        long applicationId = list.selectedProperty().get().id();
        LetterSending.send(executor, feedback, localizer,
                LetterKind.AWARD_LETTER, () -> {
                    FundApplication award = fund.find(applicationId).orElseThrow();
                    return office.mailings().sendLetter(Letters.awardLetter(award,
                            fund.eventsOf(award), office.officeSettings().current(), LocalDate.now(office.clock())));
                }, () -> { });
    }

    /** "Changed by NAME on DATE at TIME" after a refused decision, until the application is shown again; else empty. */
    public ReadOnlyStringProperty conflictProperty() {
        return conflict;
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

    public StringProperty awardedProperty(ExpenseLine expense) {
        return awarded.get(expense);
    }
}
