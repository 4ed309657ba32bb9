package ca.ccrweb.office.desktop.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

import java.util.Optional;
import java.util.function.Supplier;

/** The few dialogs of the desktop, for what must be decided or cannot be fixed, in the user's language. */
public final class Dialogs {
    private final Localizer localizer;
    private final Supplier<Window> owner;

    public Dialogs(Localizer localizer, Supplier<Window> owner) {
        this.localizer = localizer;
        this.owner = owner;
    }

    public Localizer localizer() {
        return localizer;
    }

    public Window owner() {
        return owner.get();
    }

    /** Prepares a dialog: owner, title, stylesheet. */
    public <D extends Dialog<?>> D prepare(D dialog, String title) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.setTitle(title);
        DialogPane pane = dialog.getDialogPane();
        pane.getStylesheets().add(StyleClasses.STYLESHEET);
        pane.setMinWidth(460);
        return dialog;
    }

    /**
     * Asks to confirm an action; the confirming button says what it does. Returns whether staff confirmed.
     */
    public boolean confirm(String header, String content, String confirmText, boolean dangerous) {
        Alert alert = prepare(new Alert(Alert.AlertType.CONFIRMATION), localizer.get("app.title"));
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(localizer.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(confirm, cancel);
        alert.setHeaderText(header);
        alert.setContentText(content);
        Button confirmButton = (Button) alert.getDialogPane().lookupButton(confirm);
        confirmButton.setId("confirmButton");
        confirmButton.getStyleClass().add(dangerous ? Styles.DANGER : Styles.ACCENT);
        alert.getDialogPane().lookupButton(cancel).setId("cancelDialogButton");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == confirm;
    }

    /** Asks whether to throw away unsaved edits. */
    public boolean confirmDiscard() {
        return confirm(localizer.get("common.unsaved.header"), localizer.get("common.unsaved.content"),
                localizer.get("common.unsaved.discard"), true);
    }

    public void error(String header, String content) {
        Alert alert = prepare(new Alert(Alert.AlertType.ERROR), localizer.get("app.title"));
        ButtonType close = new ButtonType(localizer.get("common.action.close"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(close);
        alert.setHeaderText(header);
        alert.setContentText(content);
        alert.getDialogPane().lookupButton(close).setId("closeErrorButton");
        alert.showAndWait();
    }
}
