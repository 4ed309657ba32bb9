package ca.ccrweb.office.desktop.fund;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.fund.ApplicationStatus;
import ca.ccrweb.office.core.fund.Attendance;
import ca.ccrweb.office.core.fund.Disbursement;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundApplication;
import ca.ccrweb.office.core.fund.FundDecision;
import ca.ccrweb.office.core.fund.FundLine;
import ca.ccrweb.office.core.fund.LinkedConsultation;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.LanguageSwitches;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.ReasonDialog;
import ca.ccrweb.office.desktop.common.StyleClasses;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;
import java.util.Optional;

/**
 * The application selected in the fund's list, drawn again when its decisions, consultations or disbursements
 * arrive from the background and when the language changes: amounts, decision panel, consultations,
 * disbursements with their form, and the decisions made.
 */
final class FundDetailView {
    private final FundViewModel viewModel;
    private final FundDetailViewModel selection;
    private final FundDisbursementViewModel disbursement;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final VBox detail = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(detail);

    FundDetailView(FundViewModel viewModel, Localizer localizer, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.selection = viewModel.detail();
        this.disbursement = viewModel.disbursement();
        this.localizer = localizer;
        this.dialogs = dialogs;
        scroll.setFitToWidth(true);
        detail.setPadding(new Insets(12));
        detail.setId("fundDetail");
        detail.getStyleClass().add(StyleClasses.DETAIL);
        LanguageSwitches.followNow(localizer, detail, messages -> show(viewModel.selectedProperty().get()));
        // The selection's consultations, disbursements and decisions arrive from the background after it.
        InvalidationListener redraw = changed -> show(viewModel.selectedProperty().get());
        selection.consultations().addListener(redraw);
        selection.disbursements().addListener(redraw);
        selection.decisions().addListener(redraw);
    }

    Node node() {
        return scroll;
    }

    void show(FundRow row) {
        detail.getChildren().clear();
        if (row == null) {
            detail.getChildren().add(PageLayout.emptyState(Feather.HEART, localizer.text("fund.detail.none"),
                    localizer.text("fund.detail.noneHint")));
            return;
        }
        FundApplication application = row.application();
        Label name = new Label(application.applicantName());
        name.getStyleClass().add(Styles.TITLE_3);
        name.setId("fundApplicantName");
        Label status = new Label(localizer.label(application.status()));
        status.setId("fundApplicationStatus");
        status.getStyleClass().addAll(StyleClasses.BADGE, application.isAward() ? StyleClasses.BADGE_SUCCESS
                : application.status() == ApplicationStatus.WAITLISTED ? StyleClasses.BADGE_WARNING
                : StyleClasses.BADGE_NEUTRAL);
        HBox header = new HBox(10, name, status);
        header.setAlignment(Pos.CENTER_LEFT);
        Label facts = new Label(String.join(" · ", List.of(localizer.label(application.stream()),
                String.valueOf(application.year()),
                application.organizationName() == null ? localizer.get("fund.detail.noOrganization")
                        : application.organizationName(),
                application.province() == null ? "—" : localizer.label(application.province()),
                localizer.label(application.language()),
                localizer.get("fund.detail.submittedOn", localizer.date(application.submittedOn())))));
        facts.setWrapText(true);
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        detail.getChildren().addAll(header, facts);
        if (application.reason() != null) {
            Label reason = new Label(localizer.get("fund.detail.reason", application.reason()));
            reason.setWrapText(true);
            detail.getChildren().add(reason);
        }
        if (row.missedConsultations() > 0) {
            Label missed = new Label(localizer.get("fund.detail.missed", row.missedConsultations()),
                    Icons.of(Feather.ALERT_TRIANGLE));
            missed.setId("fundMissedWarning");
            missed.setWrapText(true);
            missed.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_BOLD);
            detail.getChildren().add(missed);
        }
        detail.getChildren().addAll(PageLayout.sectionTitle(localizer.text("fund.detail.amounts")),
                amountsGrid(application));
        if (application.isAward()) {
            Label balance = new Label(localizer.get("fund.detail.balance", localizer.money(application.balanceCents())));
            balance.setId("fundBalance");
            balance.getStyleClass().add(Styles.TEXT_BOLD);
            detail.getChildren().add(balance);
        }
        if (viewModel.canManage()) {
            detail.getChildren().add(decisionPanel(application));
        }
        detail.getChildren().addAll(PageLayout.sectionTitle(localizer.text("fund.detail.consultations")),
                consultationsBox());
        if (application.isAward() || !selection.disbursements().isEmpty()) {
            detail.getChildren().addAll(PageLayout.sectionTitle(localizer.text("fund.detail.disbursements")),
                    disbursementsBox(application));
        }
        detail.getChildren().addAll(PageLayout.sectionTitle(localizer.text("fund.detail.decisions")),
                decisionsBox());
    }

    private GridPane amountsGrid(FundApplication application) {
        GridPane grid = new GridPane(12, 6);
        grid.setId("fundAmounts");
        String[] headers = {"fund.letter.expense", "fund.column.requested", "fund.column.awarded",
                "fund.column.disbursed", "fund.detail.justification"};
        for (int i = 0; i < headers.length; i++) {
            Label header = new Label(localizer.get(headers[i]));
            header.getStyleClass().add(Styles.TEXT_BOLD);
            header.setMinWidth(Label.USE_PREF_SIZE);
            grid.add(header, i, 0);
        }
        int line = 1;
        boolean editable = viewModel.canManage() && (application.status() == ApplicationStatus.SUBMITTED
                || application.status() == ApplicationStatus.WAITLISTED);
        for (FundLine each : application.lines()) {
            Label expense = new Label(localizer.label(each.expense()));
            expense.setMinWidth(Label.USE_PREF_SIZE);
            grid.add(expense, 0, line);
            grid.add(right(localizer.money(each.requestedCents())), 1, line);
            if (editable) {
                TextField awarded = new TextField();
                awarded.setId("award-" + each.expense().name());
                awarded.setPrefColumnCount(7);
                awarded.textProperty().bindBidirectional(selection.awardedProperty(each.expense()));
                grid.add(new FormField(new ReadOnlyObjectWrapper<>(""), awarded,
                        viewModel.errors().text("award." + each.expense().name())), 2, line);
            } else {
                grid.add(right(each.awardedCents() == null ? "—" : localizer.money(each.awardedCents())), 2, line);
            }
            grid.add(right(localizer.money(each.disbursedCents())), 3, line);
            Label justification = new Label(each.justification() == null ? "" : each.justification());
            justification.setWrapText(true);
            justification.getStyleClass().add(Styles.TEXT_MUTED);
            grid.add(justification, 4, line);
            line++;
        }
        Label total = new Label(localizer.get("fund.letter.total"));
        total.getStyleClass().add(Styles.TEXT_BOLD);
        grid.add(total, 0, line);
        grid.add(right(localizer.money(application.requestedCents())), 1, line);
        grid.add(right(application.awardedCents() == 0 && !application.isAward() ? "—"
                : localizer.money(application.awardedCents())), 2, line);
        grid.add(right(localizer.money(application.disbursedCents())), 3, line);
        return grid;
    }

    private static Label right(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER_RIGHT);
        return label;
    }

    private VBox decisionPanel(FundApplication application) {
        VBox panel = new VBox(8);
        panel.setId("fundDecisionPanel");
        ApplicationStatus from = application.status();
        Button select = decisionButton("fundSelectButton", "fund.action.select", Feather.CHECK,
                from.canBecome(ApplicationStatus.SELECTED), Styles.SUCCESS);
        select.setOnAction(event -> {
            String beyondBudget = selection.beyondBudgetExplanation();
            (beyondBudget == null ? ask("fund.decide.select", ReasonDialog.Reason.OPTIONAL, false)
                    : ask("fund.decide.selectBeyond", beyondBudget, ReasonDialog.Reason.REQUIRED, false))
                    .ifPresent(selection::select);
        });
        Button waitlist = decisionButton("fundWaitlistButton", "fund.action.waitlist", Feather.CLOCK,
                from.canBecome(ApplicationStatus.WAITLISTED), null);
        waitlist.setOnAction(event -> ask("fund.decide.waitlist", ReasonDialog.Reason.REQUIRED, false)
                .ifPresent(selection::waitlist));
        Button decline = decisionButton("fundDeclineButton", "fund.action.decline", Feather.X,
                from.canBecome(ApplicationStatus.DECLINED), Styles.DANGER);
        decline.setOnAction(event -> ask("fund.decide.decline", ReasonDialog.Reason.REQUIRED, true)
                .ifPresent(selection::decline));
        Button withdraw = decisionButton("fundWithdrawButton", "fund.action.withdraw", Feather.CORNER_UP_LEFT,
                from.canBecome(ApplicationStatus.WITHDRAWN), null);
        withdraw.setOnAction(event -> ask("fund.decide.withdraw", ReasonDialog.Reason.REQUIRED, true)
                .ifPresent(selection::withdraw));
        FlowPane buttons = new FlowPane(8, 8, select, waitlist, decline, withdraw);
        panel.getChildren().add(buttons);
        Label awardError = new Label();
        awardError.textProperty().bind(viewModel.errors().text("award"));
        awardError.getStyleClass().add(StyleClasses.FIELD_ERROR);
        panel.getChildren().add(awardError);
        Label conflict = new Label();
        conflict.setId("fundConflictMessage");
        conflict.setWrapText(true);
        conflict.textProperty().bind(selection.conflictProperty());
        conflict.getStyleClass().add(StyleClasses.FIELD_ERROR);
        Button reload = Buttons.outlined(localizer, "fundConflictReloadButton", "fund.conflict.reload",
                Feather.REFRESH_CW);
        reload.setOnAction(event -> selection.reloadKeepingTyped());
        VBox conflictBox = new VBox(4, conflict, reload);
        conflictBox.visibleProperty().bind(selection.conflictProperty().isNotEmpty());
        conflictBox.managedProperty().bind(conflictBox.visibleProperty());
        panel.getChildren().add(conflictBox);
        return panel;
    }

    private Button decisionButton(String id, String key, Feather icon, boolean allowed, String style) {
        Button button = Buttons.outlined(localizer, id, key, icon);
        if (style != null) {
            button.getStyleClass().add(style);
        }
        button.setDisable(!allowed);
        return button;
    }

    private Optional<String> ask(String key, ReasonDialog.Reason reason, boolean dangerous) {
        return ask(key, localizer.get(key + ".text"), reason, dangerous);
    }

    private Optional<String> ask(String key, String explanation, ReasonDialog.Reason reason, boolean dangerous) {
        FundRow row = viewModel.selectedProperty().get();
        return ReasonDialog.ask(dialogs, localizer.get(key + ".header", row.application().applicantName()),
                explanation, localizer.get(key + ".confirm"), reason, dangerous);
    }

    private VBox consultationsBox() {
        VBox box = new VBox(4);
        box.setId("fundConsultations");
        for (LinkedConsultation consultation : selection.consultations()) {
            Label line = new Label(consultation.event().title(localizer.language()) + " — "
                    + localizer.date(consultation.event().startsOn()) + " · "
                    + localizer.label(consultation.attendance())
                    + (consultation.registrationStatus() == null || consultation.attendance() == Attendance.ATTENDED
                    || consultation.attendance() == Attendance.EXPECTED ? ""
                    : " (" + localizer.label(consultation.registrationStatus()) + ")"));
            line.setWrapText(true);
            if (consultation.attendance() == Attendance.MISSED) {
                line.getStyleClass().add(Styles.WARNING);
                line.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
            } else if (consultation.attendance() == Attendance.ATTENDED) {
                line.getStyleClass().add(Styles.SUCCESS);
                line.setGraphic(Icons.of(Feather.CHECK));
            }
            box.getChildren().add(line);
        }
        return box;
    }

    private VBox disbursementsBox(FundApplication application) {
        VBox box = new VBox(6);
        for (Disbursement paid : selection.disbursements()) {
            Label line = new Label(localizer.get("fund.detail.disbursement", localizer.date(paid.paidOn()),
                    localizer.label(paid.expense()), localizer.money(paid.amountCents()),
                    paid.receiptReference() == null ? localizer.label(paid.method())
                            : localizer.get("fund.detail.receipt", localizer.label(paid.method()),
                            paid.receiptReference())));
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(line);
        }
        if (viewModel.canManage() && application.isAward()) {
            ComboBox<ExpenseLine> expense = Choices.of(localizer, application.lines().stream()
                    .map(FundLine::expense).toList(), disbursement.expenseProperty(), "fund.disburse.expense");
            expense.setId("disbursementExpense");
            TextField amount = new TextField();
            amount.setId("disbursementAmount");
            amount.setPrefColumnCount(7);
            amount.textProperty().bindBidirectional(disbursement.amountProperty());
            var paidOn = DateFields.picker(localizer, "disbursementPaidOn", disbursement.paidOnProperty());
            paidOn.setPrefWidth(130);
            ComboBox<PaymentMethod> method = Choices.of(localizer, List.of(PaymentMethod.values()),
                    disbursement.methodProperty(), "fund.disburse.method");
            method.setId("disbursementMethod");
            TextField receipt = new TextField();
            receipt.setId("disbursementReceipt");
            receipt.setPrefColumnCount(8);
            receipt.textProperty().bindBidirectional(disbursement.receiptProperty());
            Button add = Buttons.outlined(localizer, "addDisbursementButton", "fund.action.disburse", Feather.PLUS);
            add.setOnAction(event -> disbursement.disburse());
            DateFields.guard(add, paidOn);
            GridPane form = new GridPane(8, 2);
            form.addRow(0, field("field.disbursement.expense", expense, "disbursement.expense"),
                    field("field.disbursement.amount", amount, "disbursement.amount"));
            form.addRow(1, field("field.disbursement.paidOn", paidOn, "disbursement.paidOn"),
                    field("field.disbursement.method", method, "disbursement.method"));
            form.addRow(2, field("field.disbursement.receipt", receipt, "disbursement.receipt"));
            box.getChildren().addAll(form, add);
        }
        return box;
    }

    private FormField field(String labelKey, Control control, String errorField) {
        return new FormField(localizer.text(labelKey), control, viewModel.errors().text(errorField));
    }

    private VBox decisionsBox() {
        VBox box = new VBox(4);
        for (FundDecision decision : selection.decisions()) {
            String text = localizer.get(decision.movedUp() ? "fund.detail.movedUp" : "fund.detail.decision",
                    localizer.dateTime(decision.occurredAt()), decision.actor(), localizer.label(decision.from()),
                    localizer.label(decision.to())) + (decision.reason() == null ? "" : " " + decision.reason());
            Label line = new Label(text);
            line.setWrapText(true);
            box.getChildren().add(line);
            if (decision.overrideReason() != null) {
                Label override = new Label(localizer.get("fund.detail.override", decision.overrideReason()));
                override.setWrapText(true);
                override.getStyleClass().add(Styles.WARNING);
                box.getChildren().add(override);
            }
        }
        return box;
    }
}
