package ca.ccrweb.office.desktop.events;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.events.PaymentStatus;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationColumn;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.ExportWriters;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.LanguageSwitches;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import ca.ccrweb.office.core.mailings.LetterKind;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.kordamp.ikonli.feather.Feather;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The registrations tab: search and filters, the totals of the list shown, the sortable table and the
 * exports (registration lists with chosen columns, the payments report, attendance sheets, name badges).
 */
public final class RegistrationsView {
    private final RegistrationsViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final ExportFlow exports;
    private final ExportWriters writers;
    private final BorderPane root = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final TableView<Registration> table;
    private final MenuButton exportButton;
    private final RegistrationFormDialog registrationForm;
    /** Whether the signed-in role may change registrations: otherwise the actions that do are not shown. */
    private final boolean canManage;
    private List<RegistrationColumn> chosenColumns = List.of();

    private final Permissions permissions;

    public RegistrationsView(RegistrationsViewModel viewModel, Localizer localizer, Dialogs dialogs,
                             ExportFlow exports, ExportWriters writers, Permissions permissions) {
        this.permissions = permissions;
        this.canManage = permissions.can(Permission.MANAGE_REGISTRATIONS);
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        this.exports = exports;
        this.writers = writers;
        this.registrationForm = new RegistrationFormDialog(viewModel.page().registrationForm(), localizer, dialogs);
        root.setId("registrationsTab");

        search.setId("registrationSearchField");
        search.setLeft(Icons.of(Feather.SEARCH));
        search.promptTextProperty().bind(localizer.text("registrations.search.prompt"));
        search.setPrefWidth(260);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ComboBox<Choices.Choice<RegistrationStatus>> status = Choices.filter(localizer,
                List.of(RegistrationStatus.values()), viewModel.statusProperty(), "registrations.filter.allStatuses");
        status.setId("registrationStatusFilter");
        ComboBox<Choices.Choice<RateKind>> rate = Choices.filter(localizer, List.of(RateKind.values()),
                viewModel.rateKindProperty(), "registrations.filter.allRates",
                kind -> localizer.get("registrations.rateKind." + kind.name()));
        rate.setId("rateFilter");
        ComboBox<Choices.Choice<PaymentStatus>> payment = Choices.filter(localizer, List.of(PaymentStatus.values()),
                viewModel.paymentStatusProperty(), "registrations.filter.allPayments");
        payment.setId("paymentFilter");
        ComboBox<String> organization = organizationFilter();
        Button clear = new Button(null, Icons.of(Feather.X));
        clear.setId("clearRegistrationFiltersButton");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip clearTip = new Tooltip();
        clearTip.textProperty().bind(localizer.text("common.action.clearFilters"));
        clear.setTooltip(clearTip);
        clear.setOnAction(event -> viewModel.clearFilters());
        Label count = new Label();
        count.setId("registrationCount");
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(Label.USE_PREF_SIZE);
        exportButton = exportMenu();

        table = Tables.sortable(viewModel.shown(), localizer);
        table.setId("registrationsTable");
        TableColumn<Registration, Registration> name = EventCells.name(localizer, "registration.column.NAME",
                viewModel.byName());
        name.setPrefWidth(190);
        name.setMinWidth(140);
        TableColumn<Registration, Registration> organizationColumn = EventCells.organization(localizer,
                "registration.column.ORGANIZATION", viewModel.byOrganization());
        organizationColumn.setPrefWidth(210);
        TableColumn<Registration, String> email = Tables.text(localizer, "registration.column.EMAIL",
                Registration::email);
        email.setPrefWidth(200);
        email.setComparator(new CollatedText(localizer));
        TableColumn<Registration, String> rateColumn = Tables.text(localizer, "registration.column.RATE",
                row -> row.rateLabel(localizer.language()));
        rateColumn.setPrefWidth(140);
        rateColumn.setComparator(new CollatedText(localizer));
        TableColumn<Registration, RegistrationStatus> statusColumn = EventCells.badge(localizer,
                "registration.column.STATUS", Registration::status);
        statusColumn.setPrefWidth(110);
        TableColumn<Registration, PaymentStatus> paymentColumn = EventCells.badge(localizer,
                "registration.column.PAYMENT_STATUS", Registration::paymentStatus);
        paymentColumn.setPrefWidth(120);
        TableColumn<Registration, Long> due = EventCells.money(localizer, "registration.column.AMOUNT_DUE",
                Registration::amountDueCents);
        due.setPrefWidth(100);
        TableColumn<Registration, Long> owed = EventCells.money(localizer, "registration.column.OWED",
                Registration::owedCents);
        owed.setPrefWidth(100);
        TableColumn<Registration, LocalDate> registeredOn = Tables.date(localizer,
                "registration.column.REGISTERED_ON", Registration::registeredOn);
        registeredOn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        registeredOn.setPrefWidth(120);
        table.getColumns().addAll(List.of(name, organizationColumn, email, rateColumn, statusColumn, paymentColumn,
                due, owed, registeredOn));
        Tables.showWhenWiderThan(table, email, 1180);
        Tables.showWhenWiderThan(table, registeredOn, 1040);
        Tables.showWhenWiderThan(table, due, 940);
        table.getSortOrder().add(name);
        table.setPlaceholder(Tables.placeholder(Feather.USERS, localizer.text(() -> localizer.get(
                viewModel.page().registrations().isEmpty() ? "registrations.empty.none"
                        : "registrations.empty.filtered"), viewModel.page().registrations())));
        table.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);
        viewModel.selectedProperty().subscribe(registration -> {
            if (table.getSelectionModel().getSelectedItem() != registration) {
                if (registration == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(registration);
                }
            }
        });

        for (ComboBox<?> filter : List.of(status, rate, payment)) {
            filter.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox filters = PageLayout.toolbar(search, status, rate, payment, organization, clear);
        VBox totals = totals(count);
        Button newRegistration = Buttons.accent(localizer, "newRegistrationButton", "registrations.action.new",
                Feather.USER_PLUS);
        newRegistration.setOnAction(event -> createNew());
        permissions.showOnlyIf(Permission.MANAGE_REGISTRATIONS, newRegistration);
        HBox actions = PageLayout.toolbar(newRegistration, PageLayout.spacer(), exportButton);
        root.setBottom(canManage ? new VBox(selectionDetail(), selectionActions()) : new VBox(selectionDetail()));
        VBox top = new VBox(10, actions, filters, totals);
        top.setPadding(new Insets(12, 0, 10, 0));
        root.setTop(top);
        root.setCenter(table);
    }

    /** What staff do to the registration selected. */
    private FlowPane selectionActions() {
        Button edit = Buttons.outlined(localizer, "editRegistrationButton", "registrations.action.edit", Feather.EDIT);
        edit.disableProperty().bind(viewModel.canEditProperty().not());
        edit.setOnAction(event -> viewModel.editSelected(() -> registrationForm.showEditing(
                viewModel.page().event().title(localizer.language()))));
        Button pay = Buttons.outlined(localizer, "recordPaymentActionButton", "registrations.action.recordPayment",
                Feather.DOLLAR_SIGN);
        pay.disableProperty().bind(viewModel.canRecordPaymentProperty().not());
        pay.setOnAction(event -> {
            viewModel.startPayment();
            PaymentDialog.show(viewModel.payment(), localizer, dialogs);
        });
        Button refund = Buttons.outlined(localizer, "refundButton", "registrations.action.refund",
                Feather.CORNER_UP_LEFT);
        refund.disableProperty().bind(viewModel.canRefundProperty().not());
        refund.setOnAction(event -> {
            viewModel.startRefund();
            PaymentDialog.show(viewModel.payment(), localizer, dialogs);
        });
        Button noShow = Buttons.outlined(localizer, "noShowButton", "registrations.action.markNoShow",
                Feather.USER_X);
        noShow.textProperty().unbind();
        noShow.textProperty().bind(viewModel.noShowTextProperty());
        noShow.disableProperty().bind(viewModel.canToggleNoShowProperty().not());
        noShow.setOnAction(event -> viewModel.toggleNoShowSelected());
        Button waive = Buttons.outlined(localizer, "waiveFeeButton", "registrations.action.waiveFee", Feather.GIFT);
        waive.textProperty().unbind();
        waive.textProperty().bind(viewModel.waiveTextProperty());
        waive.disableProperty().bind(viewModel.canChangeFeeProperty().not());
        waive.setOnAction(event -> waiveOrRestoreFee());
        Button recalculate = Buttons.outlined(localizer, "recalculateFeeButton", "registrations.action.recalculate",
                Feather.REFRESH_CW);
        recalculate.disableProperty().bind(viewModel.canChangeFeeProperty().not());
        recalculate.setOnAction(event -> viewModel.recalculateSelected());
        Button cancel = Buttons.outlined(localizer, "cancelRegistrationButton", "registrations.action.cancel",
                Feather.X_CIRCLE);
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.disableProperty().bind(viewModel.canCancelProperty().not());
        cancel.setOnAction(event -> confirmCancel());
        javafx.scene.control.MenuButton email = new javafx.scene.control.MenuButton(
                localizer.get("registrations.action.email"), Icons.of(Feather.SEND));
        email.setId("emailRegistrationButton");
        email.getStyleClass().add(Styles.BUTTON_OUTLINED);
        email.disableProperty().bind(viewModel.selectedProperty().isNull());
        for (LetterKind kind : java.util.List.of(
                LetterKind.REGISTRATION_CONFIRMATION,
                LetterKind.PAYMENT_RECEIPT)) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(localizer.label(kind));
            item.setId("email" + kind.name());
            item.setOnAction(event -> viewModel.emailSelected(kind));
            email.getItems().add(item);
        }
        permissions.showOnlyIf(Permission.SEND_MAILINGS, email);
        // Wraps onto a second line when the window is too narrow for all of them: none is ever out of reach.
        FlowPane actions = new FlowPane(8, 8, edit, pay, refund, waive, recalculate, noShow, email, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add(StyleClasses.TOOLBAR);
        actions.setPadding(new Insets(10, 0, 0, 0));
        return actions;
    }

    /** A fee is waived only for a reason staff give (kept with the registration and in the audit trail). */
    private void waiveOrRestoreFee() {
        Registration registration = viewModel.selectedProperty().get();
        if (registration == null) {
            return;
        }
        if (registration.feeWaived()) {
            viewModel.restoreFeeSelected();
            return;
        }
        viewModel.startWaiving();
        TextArea reason = new TextArea();
        reason.setId("waiveReasonField");
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        reason.textProperty().bindBidirectional(viewModel.waiveReasonProperty());
        Label owed = new Label(localizer.get("registrations.waive.owed", localizer.money(registration.owedCents())));
        owed.setWrapText(true);
        FormDialog.show(dialogs, "waiveFeeDialog", localizer.get("registrations.waive.header", registration.fullName()),
                localizer.get("registrations.action.waiveFee"), Feather.GIFT,
                new VBox(12, owed, FormDialog.field(localizer, "registrations.waive.reason", reason,
                        viewModel.waiveErrors().text("reason"))),
                640, viewModel.waivingProperty(), viewModel::waiveSelected, reason);
    }

    /** The registration selected, below the list: what the columns do not show. */
    private Label selectionDetail() {
        Label detail = new Label();
        detail.setId("registrationDetail");
        detail.textProperty().bind(viewModel.detailTextProperty());
        detail.setWrapText(true);
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.setMinHeight(Label.USE_PREF_SIZE);
        detail.getStyleClass().add("registration-detail");
        detail.visibleProperty().bind(detail.textProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());
        return detail;
    }

    private void confirmCancel() {
        Registration registration = viewModel.selectedProperty().get();
        if (registration != null && dialogs.confirm(
                localizer.get("registrations.confirm.cancel.header", registration.fullName()),
                localizer.get(registration.status().holdsAPlace() ? "registrations.confirm.cancel.textPromotes"
                        : "registrations.confirm.cancel.text"),
                localizer.get("registrations.action.cancel"), true)) {
            viewModel.cancelSelected();
        }
    }

    /**
     * "Registered 412 · Waitlisted 12 · Paid $… · Owed $…" and the places per rate, for the list shown. The
     * figures wrap onto a second line rather than shrink: the largest event's amounts are never cut.
     */
    private VBox totals(Label count) {
        FlowPane figures = new FlowPane(18, 4,
                total("totalRegistered", "registrations.totals.registered", viewModel.registeredTextProperty()),
                total("totalWaitlisted", "registrations.totals.waitlisted", viewModel.waitlistedTextProperty()),
                total("totalPaid", "registrations.totals.paid", viewModel.paidTextProperty()),
                total("totalOwed", "registrations.totals.owed", viewModel.owedTextProperty()), count);
        figures.setAlignment(Pos.CENTER_LEFT);
        Label byRate = new Label();
        byRate.setId("totalByRate");
        byRate.textProperty().bind(viewModel.byRateTextProperty());
        byRate.getStyleClass().add(Styles.TEXT_MUTED);
        byRate.setWrapText(true);
        byRate.setMinHeight(Region.USE_PREF_SIZE);
        VBox totals = new VBox(4, figures, byRate);
        totals.getStyleClass().add("totals-bar");
        return totals;
    }

    private HBox total(String id, String captionKey, ObservableValue<String> value) {
        Label caption = new Label();
        caption.textProperty().bind(localizer.text(captionKey));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        Label amount = new Label();
        amount.setId(id);
        amount.textProperty().bind(value);
        amount.getStyleClass().add(Styles.TEXT_BOLD);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        amount.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, caption, amount);
        box.setAlignment(Pos.BASELINE_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private ComboBox<String> organizationFilter() {
        ObservableList<String> choices = FXCollections.observableArrayList();
        Runnable fill = () -> {
            List<String> all = new ArrayList<>();
            all.add(null);
            all.addAll(viewModel.organizations());
            choices.setAll(all);
        };
        fill.run();
        viewModel.organizations().subscribe(fill);
        ComboBox<String> combo = new ComboBox<>(choices);
        combo.setId("organizationFilter");
        combo.setPrefWidth(200);
        Callback<ListView<String>, ListCell<String>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? localizer.get("registrations.filter.allOrganizations") : item);
            }
        };
        combo.setCellFactory(cells);
        combo.setButtonCell(cells.call(null));
        LanguageSwitches.follow(localizer, combo, after -> combo.setButtonCell(cells.call(null)));
        combo.valueProperty().subscribe(value -> viewModel.organizationProperty().set(value));
        viewModel.organizationProperty().subscribe(value -> {
            if (!Objects.equals(combo.getValue(), value)) {
                combo.setValue(value);
            }
        });
        return combo;
    }

    private MenuButton exportMenu() {
        MenuButton button = exports.emptyMenuButton();
        for (ExportFormat format : ExportFormat.values()) {
            button.getItems().add(item("export-registrations-" + format.extension(),
                    "registrations.export.list." + format.name(), () -> exportRegistrations(format)));
        }
        button.getItems().addAll(new SeparatorMenuItem(),
                item("export-payments", "registrations.export.payments", this::exportPayments),
                item("export-attendance", "registrations.export.attendance", this::exportAttendanceSheet),
                item("export-badges", "registrations.export.badges", this::exportBadges));
        return button;
    }

    private MenuItem item(String id, String textKey, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(localizer.text(textKey));
        item.setOnAction(event -> action.run());
        return item;
    }

    private void exportRegistrations(ExportFormat format) {
        ColumnChooserDialog.ask(dialogs, chosenColumns).ifPresent(columns -> {
            chosenColumns = columns;
            List<Registration> rows = List.copyOf(table.getItems());
            exports.exportNamed(format, viewModel.fileName("registrations.export.fileName"), rows.size(),
                    viewModel.registrationsExport(writers, rows, columns));
        });
    }

    private void exportPayments() {
        exports.exportNamed(ExportFormat.XLSX, viewModel.fileName("registrations.export.paymentsFileName"),
                viewModel.page().registrations().size(), viewModel.paymentsExport(writers));
    }

    private void exportAttendanceSheet() {
        DayChoiceDialog.ask(dialogs, viewModel.page().event().days()).ifPresent(day -> exports.exportNamed(
                ExportFormat.PDF, viewModel.fileName("registrations.export.attendanceFileName") + "-" + day,
                viewModel.placesTaken(), viewModel.attendanceSheet(writers, day)));
    }

    private void exportBadges() {
        exports.exportNamed(ExportFormat.PDF, viewModel.fileName("registrations.export.badgesFileName"),
                viewModel.placesTaken(), viewModel.nameBadges(writers));
    }

    Node view() {
        return root;
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    void createNew() {
        if (canManage && viewModel.page().event() != null) {
            registrationForm.show(viewModel.page().event().title(localizer.language()));
        }
    }

    void export() {
        if (exportButton.isVisible()) {
            exportButton.show();
        }
    }
}
