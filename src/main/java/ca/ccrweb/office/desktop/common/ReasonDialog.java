package ca.ccrweb.office.desktop.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;

import java.util.Optional;

/** Confirms a decision that is recorded with a reason, required or optional. */
public final class ReasonDialog {
    public static final int MAX_REASON = 1000;

    /** Whether the decision takes a reason. */
    public enum Reason { REQUIRED, OPTIONAL, NONE }

    private ReasonDialog() {
    }

    /** The reason typed (empty when none), or nothing when staff cancelled. */
    public static Optional<String> ask(Dialogs dialogs, String header, String explanation, String confirmText,
                                       Reason reason, boolean dangerous) {
        Localizer localizer = dialogs.localizer();
        Dialog<String> dialog = dialogs.prepare(new Dialog<>(), localizer.get("app.title"));
        dialog.setHeaderText(header);
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(localizer.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, cancel);

        Label text = new Label(explanation);
        text.setWrapText(true);
        text.setPrefWidth(480);
        text.setMinHeight(Label.USE_PREF_SIZE);
        VBox content = new VBox(12, text);
        TextArea reasonField = new TextArea();
        reasonField.setId("reasonField");
        reasonField.setWrapText(true);
        reasonField.setPrefRowCount(3);
        reasonField.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= MAX_REASON ? change : null));
        if (reason != Reason.NONE) {
            String labelKey = reason == Reason.REQUIRED ? "common.reason.required" : "common.reason.optional";
            content.getChildren().add(new FormField(localizer.text(labelKey), reasonField,
                    new SimpleStringProperty("")));
        }
        dialog.getDialogPane().setContent(content);

        Button confirmButton = (Button) dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setId("confirmButton");
        confirmButton.getStyleClass().add(dangerous ? Styles.DANGER : Styles.ACCENT);
        if (reason == Reason.REQUIRED) {
            confirmButton.disableProperty().bind(Bindings.createBooleanBinding(() -> reasonField.getText().isBlank(),
                    reasonField.textProperty()));
        }
        dialog.getDialogPane().lookupButton(cancel).setId("cancelDialogButton");
        dialog.setResultConverter(button -> button == confirm ? reasonField.getText().strip() : null);
        dialog.setOnShown(event -> reasonField.requestFocus());
        return dialog.showAndWait();
    }
}
