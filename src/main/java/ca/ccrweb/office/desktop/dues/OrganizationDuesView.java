package ca.ccrweb.office.desktop.dues;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.membership.DuesBracket;
import ca.ccrweb.office.core.membership.DuesLine;
import ca.ccrweb.office.core.membership.DuesPayment;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.LanguageSwitches;
import ca.ccrweb.office.desktop.common.ListExport;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;
import java.util.function.Function;

/**
 * The Dues tab of an organization: its bracket and voting delegate, its dues year by year (assessed, paid,
 * balance, state), the payments, and the buttons to record a payment and write the invoice or the receipt.
 */
public final class OrganizationDuesView extends VBox {
    private final OrganizationDuesViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;

    public OrganizationDuesView(OrganizationDuesViewModel viewModel, Localizer localizer, Dialogs dialogs,
                                ExportFlow exports, Permissions permissions) {
        super(10);
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        setId("organizationDues");
        setPadding(new Insets(10, 0, 0, 0));

        ComboBox<DuesBracket> bracket = new ComboBox<>(viewModel.brackets());
        bracket.setId("duesBracketField");
        bracket.setMaxWidth(Double.MAX_VALUE);
        bracket.setConverter(converter(b -> b.label(localizer.language())));
        bracket.promptTextProperty().bind(localizer.text("dues.bracket.prompt"));
        bracket.valueProperty().bindBidirectional(viewModel.bracketProperty());
        ComboBox<Account> delegate = new ComboBox<>(viewModel.accounts());
        delegate.setId("votingDelegateField");
        delegate.setMaxWidth(Double.MAX_VALUE);
        delegate.setConverter(converter(Account::fullName));
        delegate.promptTextProperty().bind(localizer.text("dues.delegate.prompt"));
        delegate.valueProperty().bindBidirectional(viewModel.delegateProperty());
        permissions.readOnlyUnless(Permission.MANAGE_DUES, bracket);
        permissions.readOnlyUnless(Permission.EDIT_ORGANIZATIONS, delegate);
        GridPane choices = new GridPane();
        choices.setHgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        choices.getColumnConstraints().addAll(half, half);
        choices.add(new FormField(localizer.text("dues.bracket.label"), bracket, localizer.text(() -> "")), 0, 0);
        choices.add(new FormField(localizer.text("dues.delegate.label"), delegate, localizer.text(() -> "")), 1, 0);

        TableView<DuesLine> table = Tables.sortable(viewModel.lines(), localizer);
        table.setId("organizationDuesTable");
        TableColumn<DuesLine, String> year = Tables.text(localizer, "dues.column.year", l -> String.valueOf(l.year()));
        TableColumn<DuesLine, String> assessed = Tables.text(localizer, "dues.column.assessed",
                l -> localizer.money(l.amountCents()));
        TableColumn<DuesLine, String> paid = Tables.text(localizer, "dues.column.paid", l -> localizer.money(l.paidCents()));
        TableColumn<DuesLine, String> balance = Tables.text(localizer, "dues.column.balance",
                l -> localizer.money(l.balanceCents()));
        TableColumn<DuesLine, String> state = Tables.text(localizer, "dues.column.state", this::state);
        table.getColumns().addAll(List.of(year, assessed, paid, balance, state));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(150);
        table.setPlaceholder(Tables.placeholder(Feather.DOLLAR_SIGN, localizer.text("dues.organization.none")));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) -> {
            if (chosen != null) {
                viewModel.selectedLineProperty().set(chosen);
            }
        });
        viewModel.selectedLineProperty().subscribe(line -> {
            if (line != null && table.getSelectionModel().getSelectedItem() != line) {
                table.getSelectionModel().select(line);
            }
        });

        Button pay = new Button();
        pay.setId("recordDuesPaymentButton");
        pay.textProperty().bind(localizer.text("dues.action.recordPayment"));
        pay.setGraphic(Icons.of(Feather.DOLLAR_SIGN));
        pay.getStyleClass().add(Styles.ACCENT);
        pay.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.selectedLineProperty().get() == null
                || viewModel.selectedLineProperty().get().paid(), viewModel.selectedLineProperty()));
        pay.setOnAction(event -> showPaymentDialog());
        permissions.showOnlyIf(Permission.MANAGE_DUES, pay);
        Button invoice = new Button();
        invoice.setId("duesInvoiceButton");
        invoice.textProperty().bind(localizer.text("dues.action.invoice"));
        invoice.setGraphic(Icons.of(Feather.FILE_TEXT));
        invoice.getStyleClass().add(Styles.BUTTON_OUTLINED);
        invoice.disableProperty().bind(viewModel.selectedLineProperty().isNull());
        invoice.setOnAction(event -> letter(exports, "dues.invoice.fileName", viewModel.invoice()));
        Button receipt = new Button();
        receipt.setId("duesReceiptButton");
        receipt.textProperty().bind(localizer.text("dues.action.receipt"));
        receipt.setGraphic(Icons.of(Feather.CHECK_SQUARE));
        receipt.getStyleClass().add(Styles.BUTTON_OUTLINED);
        receipt.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.selectedLineProperty().get() == null
                || viewModel.selectedLineProperty().get().paidCents() == 0, viewModel.selectedLineProperty()));
        receipt.setOnAction(event -> letter(exports, "dues.receipt.fileName", viewModel.receipt()));
        permissions.showOnlyIf(Permission.EXPORT_PERSONAL_DATA, invoice, receipt);
        FlowPane actions = new FlowPane(8, 8, pay, invoice, receipt);

        ListView<DuesPayment> payments = new ListView<>(viewModel.payments());
        payments.setId("duesPaymentsList");
        payments.setPrefHeight(110);
        payments.setPlaceholder(new Label(localizer.get("dues.payments.none")));
        payments.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DuesPayment payment, boolean empty) {
                super.updateItem(payment, empty);
                setText(empty || payment == null ? null : localizer.get("dues.payments.line", String.valueOf(payment.year()),
                        localizer.money(payment.amountCents()), localizer.date(payment.paidOn()),
                        localizer.label(payment.method()), payment.reference() == null ? "—" : payment.reference()));
            }
        });
        LanguageSwitches.follow(localizer, table, after -> {
            payments.refresh();
            table.refresh();
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(choices, table, actions,
                PageLayout.sectionTitle(localizer.text("dues.payments.title")), payments);
    }

    private String state(DuesLine line) {
        return localizer.get(line.paid() ? "dues.state.paid" : line.overdueOn(viewModel.today())
                ? "dues.state.overdue" : "dues.state.due");
    }

    private void letter(ExportFlow exports, String fileNameKey, ListExport letter) {
        DuesLine line = viewModel.selectedLineProperty().get();
        exports.exportNamed(ExportFormat.PDF, localizer.get(fileNameKey, String.valueOf(line.year())), 1, letter);
    }

    private void showPaymentDialog() {
        DuesLine line = viewModel.selectedLineProperty().get();
        if (line == null) {
            return;
        }
        viewModel.startPayment();
        Dialog<ButtonType> dialog = dialogs.prepare(new Dialog<>(), localizer.get("app.title"));
        dialog.getDialogPane().setId("duesPaymentDialog");
        dialog.setHeaderText(localizer.get("dues.payment.header", line.organizationName(), String.valueOf(line.year())));
        ButtonType record = new ButtonType(localizer.get("dues.action.recordPayment"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(localizer.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(record, cancel);
        Label owed = new Label(localizer.get("dues.payment.owed", localizer.money(line.amountCents()),
                localizer.money(line.paidCents()), localizer.money(line.balanceCents())));
        owed.getStyleClass().add(Styles.TEXT_MUTED);
        owed.setWrapText(true);
        TextField amount = new TextField();
        amount.setId("duesAmountField");
        amount.textProperty().bindBidirectional(viewModel.amountProperty());
        ComboBox<PaymentMethod> method = Choices.of(localizer, List.of(PaymentMethod.values()),
                viewModel.methodProperty(), "registrations.payment.prompt.method");
        method.setId("duesMethodField");
        TextField reference = new TextField();
        reference.setId("duesReferenceField");
        reference.textProperty().bindBidirectional(viewModel.referenceProperty());
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(field("amount", "dues.column.amount", amount), 0, 0);
        grid.add(field("paidOn", "dues.column.paidOn",
                DateFields.picker(localizer, "duesPaidOnField", viewModel.paidOnProperty())), 1, 0);
        grid.add(field("method", "dues.column.method", method), 0, 1);
        grid.add(field("reference", "dues.column.reference", reference), 1, 1);
        dialog.getDialogPane().setContent(new VBox(14, owed, grid));
        dialog.getDialogPane().setPrefWidth(520);
        Button recordButton = (Button) dialog.getDialogPane().lookupButton(record);
        recordButton.setId("confirmDuesPaymentButton");
        recordButton.getStyleClass().add(Styles.ACCENT);
        recordButton.disableProperty().bind(viewModel.savingProperty());
        recordButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (DateFields.refuseUnreadable(grid)) {
                return;
            }
            viewModel.recordPayment(() -> {
                dialog.setResult(record);
                dialog.close();
            });
        });
        dialog.getDialogPane().lookupButton(cancel).setId("cancelDialogButton");
        dialog.setOnShown(event -> Platform.runLater(() -> {
            amount.requestFocus();
            amount.selectAll();
        }));
        dialog.showAndWait();
    }

    private FormField field(String name, String labelKey, Control control) {
        return new FormField(localizer.text(labelKey), control, viewModel.errors().text(name));
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }
}
