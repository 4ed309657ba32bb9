package ca.ccrweb.office.desktop.events;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Keyboard;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.Ikon;

import java.util.function.Consumer;

/**
 * The small forms of the event's page (a session, a rate) in a dialog that stays open while the service
 * refuses the input, so each message shows beside its field; it closes once saved.
 */
public final class FormDialog {
    private FormDialog() {
    }

    /**
     * @param save saves the form and, once saved, runs the closing it is given
     */
    public static void show(Dialogs dialogs, String id, String header, String confirmText, Ikon icon, Node content,
                     double width, ObservableBooleanValue saving, Consumer<Runnable> save, Node firstField) {
        Localizer localizer = dialogs.localizer();
        Dialog<ButtonType> dialog = dialogs.prepare(new Dialog<>(), localizer.get("app.title"));
        dialog.getDialogPane().setId(id);
        dialog.setHeaderText(header);
        ButtonType confirm = new ButtonType(Keyboard.withMnemonic(confirmText), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(localizer.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, cancel);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(width);
        Button confirmButton = (Button) dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setId("saveDialogButton");
        confirmButton.setGraphic(Icons.of(icon));
        confirmButton.getStyleClass().add(Styles.ACCENT);
        confirmButton.disableProperty().bind(saving);
        confirmButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (DateFields.refuseUnreadable(content)) {
                return;
            }
            save.accept(() -> {
                dialog.setResult(confirm);
                dialog.close();
            });
        });
        dialog.getDialogPane().lookupButton(cancel).setId("cancelDialogButton");
        dialog.setOnShown(event -> Platform.runLater(firstField::requestFocus));
        dialog.showAndWait();
    }

    public static GridPane twoColumns() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        return grid;
    }

    public static TextField textField(String id, StringProperty bound) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(bound);
        return field;
    }

    public static FormField field(Localizer localizer, String labelKey, Control control, ObservableValue<String> error) {
        return new FormField(localizer.text(labelKey), control, error);
    }
}
