package ca.ccrweb.office.desktop.fund;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.fund.ApplicationStatus;
import ca.ccrweb.office.core.fund.Attendance;
import ca.ccrweb.office.core.fund.BudgetLine;
import ca.ccrweb.office.core.fund.Disbursement;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundApplication;
import ca.ccrweb.office.core.fund.FundDecision;
import ca.ccrweb.office.core.fund.FundLine;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.core.fund.LinkedConsultation;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.ReasonDialog;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The Amina Malko fund: applications of a year with their filters, the selected application's decision panel,
 * consultations and disbursements; the budget per stream with a chart; reports through the export flow.
 */
public final class FundView implements Page {
    private final FundViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final ExportFlow exports;
    private final FundFormDialog formDialog;
    private final BorderPane root = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final TabPane tabs = new TabPane();
    private final VBox detail = new VBox(10);

    public FundView(FundViewModel viewModel, Localizer localizer, Dialogs dialogs, ExportFlow exports) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        this.exports = exports;
        this.formDialog = new FundFormDialog(viewModel.form(), localizer, dialogs);
        root.setId("fundPage");
        root.getStyleClass().add(StyleClasses.PAGE);

        Button newApplication = Buttons.accent(localizer, "newFundApplicationButton", "fund.action.new", Feather.PLUS);
        newApplication.setOnAction(event -> createNew());
        newApplication.setVisible(viewModel.canManage());
        newApplication.setManaged(viewModel.canManage());
        VBox top = new VBox(12, PageLayout.header(localizer.text("fund.title"), localizer.text("fund.subtitle"),
                exportMenu(), newApplication));
        top.setPadding(new Insets(0, 0, 12, 0));
        root.setTop(top);

        Tab applications = new Tab();
        applications.textProperty().bind(localizer.text("fund.tab.applications"));
        applications.setContent(applicationsPane());
        applications.setId("fundApplicationsTab");
        Tab budget = new Tab();
        budget.textProperty().bind(localizer.text("fund.tab.budget"));
        budget.setContent(budgetPane());
        budget.setId("fundBudgetTab");
        tabs.getTabs().setAll(applications, budget);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        localizer.messagesProperty().subscribe(messages -> showDetail(viewModel.selectedProperty().get()));
        // The selection's consultations, disbursements and decisions arrive from the background after it.
        javafx.beans.InvalidationListener redraw = changed -> showDetail(viewModel.selectedProperty().get());
        viewModel.consultations().addListener(redraw);
        viewModel.disbursements().addListener(redraw);
        viewModel.decisions().addListener(redraw);
    }

    private MenuButton exportMenu() {
        MenuButton menu = exports.emptyMenuButton();
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem item = new MenuItem();
            item.setId("exportAwards-" + format.extension());
            item.textProperty().bind(localizer.text(() -> localizer.get("fund.export.awards",
                    localizer.get("export.format." + format.name()))));
            item.setOnAction(event -> export(format));
            menu.getItems().add(item);
        }
        MenuItem summary = new MenuItem();
        summary.setId("exportBudgetSummary");
        summary.textProperty().bind(localizer.text("fund.export.summary"));
        summary.setOnAction(event -> document("fund.file.summary", viewModel::writeBudgetSummary));
        MenuItem letter = new MenuItem();
        letter.setId("exportAwardLetter");
        letter.textProperty().bind(localizer.text("fund.export.letter"));
        letter.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                viewModel.selectedProperty().get() == null
                        || !viewModel.selectedProperty().get().application().isAward(), viewModel.selectedProperty()));
        letter.setOnAction(event -> document("fund.file.letter", viewModel::writeAwardLetter));
        menu.getItems().addAll(new SeparatorMenuItem(), summary, letter);
        return menu;
    }

    @FunctionalInterface
    private interface DocumentWriter {
        void write(Path file) throws Exception;
    }

    private void document(String baseNameKey, DocumentWriter writer) {
        exports.export(ExportFormat.PDF, baseNameKey, 1, (format, file, progress) -> writer.write(file));
    }

    private Node applicationsPane() {
        search.setId("searchField");
        search.setLeft(Icons.of(Feather.SEARCH));
        search.promptTextProperty().bind(localizer.text("fund.search.prompt"));
        search.setPrefWidth(240);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ComboBox<Integer> year = new ComboBox<>(viewModel.years());
        year.setId("fundYear");
        year.valueProperty().bindBidirectional(viewModel.yearProperty());
        ComboBox<Choices.Choice<FundStream>> stream = Choices.filter(localizer, List.of(FundStream.values()),
                viewModel.streamProperty(), "fund.filter.allStreams");
        stream.setId("fundStreamFilter");
        ComboBox<Choices.Choice<ApplicationStatus>> status = Choices.filter(localizer,
                List.of(ApplicationStatus.values()), viewModel.statusProperty(), "fund.filter.allStatuses");
        status.setId("fundStatusFilter");
        ComboBox<Choices.Choice<Province>> province = Choices.filter(localizer, List.of(Province.values()),
                viewModel.provinceProperty(), "fund.filter.allProvinces", Province::name);
        province.setId("fundProvinceFilter");
        Button clear = new Button(null, Icons.of(Feather.X));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clear.setOnAction(event -> viewModel.clearFilters());
        Label count = new Label();
        count.setId("fundCount");
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(Label.USE_PREF_SIZE);

        TableView<FundRow> table = Tables.sortable(viewModel.shown(), localizer);
        table.setId("fundTable");
        TableColumn<FundRow, String> name = Tables.text(localizer, "fund.column.applicant",
                row -> row.application().applicantName());
        name.setPrefWidth(190);
        TableColumn<FundRow, String> streamColumn = Tables.text(localizer, "fund.column.stream",
                row -> localizer.get("fund.streamShort." + row.application().stream().name()));
        streamColumn.setPrefWidth(150);
        TableColumn<FundRow, ApplicationStatus> statusColumn = Tables.label(localizer, "fund.column.status",
                row -> row.application().status());
        statusColumn.setPrefWidth(120);
        TableColumn<FundRow, String> provinceColumn = Tables.text(localizer, "fund.column.province",
                row -> row.application().province() == null ? null : row.application().province().name());
        provinceColumn.setPrefWidth(70);
        TableColumn<FundRow, Long> awarded = money("fund.column.awarded", row -> row.application().isAward()
                ? row.application().awardedCents() : 0);
        TableColumn<FundRow, String> warning = Tables.text(localizer, "fund.column.attendance",
                row -> row.missedConsultations() == 0 ? "" : localizer.get("fund.missed.short",
                        row.missedConsultations()));
        warning.setPrefWidth(120);
        name.setMinWidth(150);
        streamColumn.setPrefWidth(110);
        streamColumn.setMinWidth(100);
        statusColumn.setMinWidth(100);
        provinceColumn.setMinWidth(50);
        warning.setMinWidth(85);
        table.getColumns().addAll(List.of(name, streamColumn, statusColumn, provinceColumn, awarded, warning));
        Tables.showWhenWiderThan(table, provinceColumn, 620);
        table.setPlaceholder(Tables.placeholder(Feather.HEART, localizer.text("fund.empty")));
        table.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);
        viewModel.selectedProperty().subscribe(row -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
            showDetail(row);
        });

        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detail.setPadding(new Insets(12));
        detail.setId("fundDetail");
        detail.getStyleClass().add(StyleClasses.DETAIL);
        SplitPane split = new SplitPane(table, detailScroll);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);
        VBox pane = new VBox(10, PageLayout.toolbar(search, year, stream, status, province, clear,
                PageLayout.spacer(), count), split);
        pane.setPadding(new Insets(10, 0, 0, 0));
        return pane;
    }

    private <S> TableColumn<S, Long> money(String headerKey, ToLongFunction<S> cents) {
        TableColumn<S, Long> column = new TableColumn<>();
        column.textProperty().bind(localizer.text(headerKey));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(cents.applyAsLong(row.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : localizer.money(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        column.setPrefWidth(110);
        column.setMinWidth(95);
        return column;
    }

    private void showDetail(FundRow row) {
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
        if (application.isAward() || !viewModel.disbursements().isEmpty()) {
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
                awarded.textProperty().bindBidirectional(viewModel.awardedProperty(each.expense()));
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
        select.setOnAction(event -> ask("fund.decide.select", ReasonDialog.Reason.OPTIONAL, false)
                .ifPresent(viewModel::select));
        Button waitlist = decisionButton("fundWaitlistButton", "fund.action.waitlist", Feather.CLOCK,
                from.canBecome(ApplicationStatus.WAITLISTED), null);
        waitlist.setOnAction(event -> ask("fund.decide.waitlist", ReasonDialog.Reason.REQUIRED, false)
                .ifPresent(viewModel::waitlist));
        Button decline = decisionButton("fundDeclineButton", "fund.action.decline", Feather.X,
                from.canBecome(ApplicationStatus.DECLINED), Styles.DANGER);
        decline.setOnAction(event -> ask("fund.decide.decline", ReasonDialog.Reason.REQUIRED, true)
                .ifPresent(viewModel::decline));
        Button withdraw = decisionButton("fundWithdrawButton", "fund.action.withdraw", Feather.CORNER_UP_LEFT,
                from.canBecome(ApplicationStatus.WITHDRAWN), null);
        withdraw.setOnAction(event -> ask("fund.decide.withdraw", ReasonDialog.Reason.REQUIRED, true)
                .ifPresent(viewModel::withdraw));
        FlowPane buttons = new FlowPane(8, 8, select, waitlist, decline, withdraw);
        panel.getChildren().add(buttons);
        Label awardError = new Label();
        awardError.textProperty().bind(viewModel.errors().text("award"));
        awardError.getStyleClass().add(StyleClasses.FIELD_ERROR);
        panel.getChildren().add(awardError);
        if (viewModel.canOverride() && from.canBecome(ApplicationStatus.SELECTED)) {
            TextField override = new TextField();
            override.setId("fundOverrideReason");
            override.textProperty().bindBidirectional(viewModel.overrideReasonProperty());
            override.promptTextProperty().bind(localizer.text("fund.override.prompt"));
            panel.getChildren().add(new FormField(localizer.text("fund.override.label"), override,
                    new ReadOnlyObjectWrapper<>("")));
        }
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

    private java.util.Optional<String> ask(String key, ReasonDialog.Reason reason, boolean dangerous) {
        FundRow row = viewModel.selectedProperty().get();
        return ReasonDialog.ask(dialogs, localizer.get(key + ".header", row.application().applicantName()),
                localizer.get(key + ".text"), localizer.get(key + ".confirm"), reason, dangerous);
    }

    private VBox consultationsBox() {
        VBox box = new VBox(4);
        box.setId("fundConsultations");
        for (LinkedConsultation consultation : viewModel.consultations()) {
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
        for (Disbursement paid : viewModel.disbursements()) {
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
                    .map(FundLine::expense).toList(), viewModel.disbursementExpenseProperty(), "fund.disburse.expense");
            expense.setId("disbursementExpense");
            TextField amount = new TextField();
            amount.setId("disbursementAmount");
            amount.setPrefColumnCount(7);
            amount.textProperty().bindBidirectional(viewModel.disbursementAmountProperty());
            var paidOn = DateFields.picker(localizer, "disbursementPaidOn", viewModel.disbursementPaidOnProperty());
            paidOn.setPrefWidth(130);
            ComboBox<PaymentMethod> method = Choices.of(localizer, List.of(PaymentMethod.values()),
                    viewModel.disbursementMethodProperty(), "fund.disburse.method");
            method.setId("disbursementMethod");
            TextField receipt = new TextField();
            receipt.setId("disbursementReceipt");
            receipt.setPrefColumnCount(8);
            receipt.textProperty().bindBidirectional(viewModel.disbursementReceiptProperty());
            Button add = Buttons.outlined(localizer, "addDisbursementButton", "fund.action.disburse", Feather.PLUS);
            add.setOnAction(event -> viewModel.disburse());
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

    private FormField field(String labelKey, javafx.scene.control.Control control, String errorField) {
        return new FormField(localizer.text(labelKey), control, viewModel.errors().text(errorField));
    }

    private VBox decisionsBox() {
        VBox box = new VBox(4);
        for (FundDecision decision : viewModel.decisions()) {
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

    private Node budgetPane() {
        TableView<BudgetLine> table = new TableView<>(viewModel.budgets());
        Tables.fitHeaders(table);
        table.setId("fundBudgetTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BudgetLine, FundStream> stream = Tables.label(localizer, "fund.column.stream", BudgetLine::stream);
        stream.setPrefWidth(200);
        table.getColumns().addAll(List.of(stream, money("fund.budget.allocated", BudgetLine::allocatedCents),
                money("fund.budget.committed", BudgetLine::committedCents),
                money("fund.budget.disbursed", BudgetLine::disbursedCents),
                money("fund.budget.remaining", BudgetLine::remainingCents)));
        table.setPrefHeight(130);
        table.setMinHeight(130);
        localizer.messagesProperty().addListener((observable, before, after) -> table.refresh());

        CategoryAxis streams = new CategoryAxis();
        NumberAxis dollars = new NumberAxis();
        dollars.labelProperty().bind(localizer.text("fund.chart.dollars"));
        dollars.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number amount) {
                return localizer.number(amount.longValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("The axis is only shown");
            }
        });
        BarChart<String, Number> chart = new BarChart<>(streams, dollars);
        chart.setId("fundBudgetChart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(320);
        Runnable drawChart = () -> {
            List<XYChart.Series<String, Number>> series = new java.util.ArrayList<>();
            String[] keys = {"fund.budget.allocated", "fund.budget.committed", "fund.budget.disbursed",
                    "fund.budget.remaining"};
            List<ToLongFunction<BudgetLine>> values = List.of(BudgetLine::allocatedCents,
                    BudgetLine::committedCents, BudgetLine::disbursedCents, BudgetLine::remainingCents);
            for (int i = 0; i < keys.length; i++) {
                XYChart.Series<String, Number> one = new XYChart.Series<>();
                one.setName(localizer.get(keys[i]));
                for (BudgetLine line : viewModel.budgets()) {
                    one.getData().add(new XYChart.Data<>(localizer.label(line.stream()),
                            values.get(i).applyAsLong(line) / 100.0));
                }
                series.add(one);
            }
            chart.getData().setAll(series);
        };
        viewModel.budgets().subscribe(drawChart);
        localizer.messagesProperty().subscribe(messages -> drawChart.run());
        localizer.messagesProperty().addListener((observable, before, after) -> viewModel.load());

        VBox pane = new VBox(12);
        pane.setPadding(new Insets(12, 0, 0, 0));
        Label title = new Label();
        title.textProperty().bind(localizer.text(() -> localizer.get("fund.budget.title",
                String.valueOf(viewModel.yearProperty().get())), viewModel.yearProperty()));
        title.getStyleClass().add(Styles.TITLE_4);
        pane.getChildren().addAll(title, table, chart);
        if (viewModel.canManage()) {
            HBox setBudgets = new HBox(16);
            setBudgets.setAlignment(Pos.BOTTOM_LEFT);
            for (FundStream each : FundStream.values()) {
                TextField amount = new TextField();
                amount.setId("budget-" + each.name());
                amount.setPrefColumnCount(9);
                amount.textProperty().bindBidirectional(viewModel.budgetTextProperty(each));
                Button save = Buttons.outlined(localizer, "saveBudget-" + each.name(), "fund.action.saveBudget",
                        Feather.SAVE);
                save.setOnAction(event -> viewModel.saveBudget(each));
                HBox one = new HBox(6, new FormField(localizer.text(() -> localizer.get("fund.budget.set",
                        localizer.label(each).toLowerCase(localizer.messages().locale()))), amount, new ReadOnlyObjectWrapper<>("")), save);
                one.setAlignment(Pos.BOTTOM_LEFT);
                setBudgets.getChildren().add(one);
            }
            Label error = new Label();
            error.textProperty().bind(viewModel.errors().text("allocated"));
            error.getStyleClass().add(StyleClasses.FIELD_ERROR);
            pane.getChildren().addAll(PageLayout.sectionTitle(localizer.text("fund.budget.setTitle")), setBudgets,
                    error);
        }
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void export(ExportFormat format) {
        exports.export(format, "fund.file.awards", viewModel.shown().size(), viewModel::exportAwards);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void activate() {
        viewModel.load();
    }

    @Override
    public void focusSearch() {
        tabs.getSelectionModel().selectFirst();
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public void createNew() {
        if (viewModel.canManage()) {
            viewModel.startNewApplication();
            formDialog.show();
        }
    }

    @Override
    public void export() {
        export(ExportFormat.XLSX);
    }
}
