package ca.ccrweb.office.desktop.events;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;

/** Recording a payment or a refund for the registration selected; refused amounts are explained beside the field. */
final class PaymentDialog {
    private PaymentDialog() {
    }

    static void show(PaymentFormViewModel viewModel, Localizer localizer, Dialogs dialogs) {
        Registration paying = viewModel.registrationProperty().get();
        boolean refund = viewModel.refundProperty().get();
        Dialog<ButtonType> dialog = dialogs.prepare(new Dialog<>(), localizer.get("app.title"));
        dialog.getDialogPane().setId(refund ? "refundDialog" : "paymentDialog");
        dialog.setHeaderText(localizer.get(refund ? "registrations.refund.header" : "registrations.payment.header",
                paying.fullName()));
        ButtonType record = new ButtonType(localizer.get(refund ? "registrations.refund.action"
                : "registrations.payment.action"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(localizer.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(record, cancel);

        Label owed = new Label(refund
                ? localizer.get("registrations.refund.received", localizer.money(paying.paidCents()))
                : localizer.get("registrations.payment.owed", localizer.money(paying.amountDueCents()),
                localizer.money(paying.paidCents()), localizer.money(paying.owedCents())));
        owed.getStyleClass().add(Styles.TEXT_MUTED);
        owed.setWrapText(true);
        TextField amount = new TextField();
        amount.setId("paymentAmountField");
        amount.textProperty().bindBidirectional(viewModel.amountProperty());
        ComboBox<PaymentMethod> method = Choices.of(localizer, List.of(PaymentMethod.values()),
                viewModel.methodProperty(), "registrations.payment.prompt.method");
        method.setId("paymentMethodField");
        TextField reference = new TextField();
        reference.setId("paymentReferenceField");
        reference.textProperty().bindBidirectional(viewModel.referenceProperty());
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(field(viewModel, localizer, "amount", "registrations.payment.amount", amount), 0, 0);
        grid.add(field(viewModel, localizer, "paidOn", "payment.column.paidOn",
                DateFields.picker(localizer, "paymentDateField", viewModel.paidOnProperty())), 1, 0);
        grid.add(field(viewModel, localizer, "method", "payment.column.method", method), 0, 1);
        grid.add(field(viewModel, localizer, "reference", "payment.column.reference", reference), 1, 1);
        dialog.getDialogPane().setContent(new VBox(14, owed, grid));
        dialog.getDialogPane().setPrefWidth(520);

        Button recordButton = (Button) dialog.getDialogPane().lookupButton(record);
        recordButton.setId(refund ? "recordRefundButton" : "recordPaymentButton");
        recordButton.setGraphic(Icons.of(refund ? Feather.CORNER_UP_LEFT : Feather.DOLLAR_SIGN));
        recordButton.getStyleClass().add(Styles.ACCENT);
        recordButton.disableProperty().bind(viewModel.savingProperty());
        recordButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (DateFields.refuseUnreadable(grid)) {
                return;
            }
            viewModel.save(() -> {
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

    private static FormField field(PaymentFormViewModel viewModel, Localizer localizer, String name, String labelKey,
                                   Control control) {
        return new FormField(localizer.text(labelKey), control, viewModel.errors().text(name));
    }
}
