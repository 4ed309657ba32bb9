package ca.ccrweb.office.desktop.events;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.kordamp.ikonli.feather.Feather;

/**
 * A new event, typed in a dialog over the list. The dialog stays open while the service refuses the input,
 * so each message shows beside its field; once saved, the event's page opens on its details.
 */
final class EventFormDialog {
    private final EventFormViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;

    EventFormDialog(EventFormViewModel viewModel, Localizer localizer, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
    }

    void show() {
        Dialog<ButtonType> dialog = dialogs.prepare(new Dialog<>(), localizer.get("app.title"));
        dialog.getDialogPane().setId("eventFormDialog");
        dialog.setHeaderText(localizer.get("events.form.title.new"));
        ButtonType save = new ButtonType(localizer.get("events.action.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(localizer.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        EventFormView form = new EventFormView(viewModel, localizer);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setPrefWidth(640);

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("createEventButton");
        saveButton.setGraphic(Icons.of(Feather.SAVE));
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.disableProperty().bind(viewModel.savingProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (DateFields.refuseUnreadable(dialog.getDialogPane())) {
                return;
            }
            viewModel.save(() -> {
                dialog.setResult(save);
                dialog.close();
            });
        });
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("cancelDialogButton");
        cancelButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (viewModel.isDirty() && !dialogs.confirmDiscard()) {
                event.consume();
            }
        });
        dialog.setOnShown(event -> Platform.runLater(form::focusFirstField));
        dialog.showAndWait();
    }
}
