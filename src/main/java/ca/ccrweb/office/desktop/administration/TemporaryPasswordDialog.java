package ca.ccrweb.office.desktop.administration;

import ca.ccrweb.office.core.security.StaffUser;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.StyleClasses;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Shows a temporary password once, selectable to copy; nothing keeps it once the dialog closes. */
final class TemporaryPasswordDialog implements TemporaryPasswordDisplay {
    private final Dialogs dialogs;

    TemporaryPasswordDialog(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void show(StaffUser user, String temporaryPassword) {
        Localizer localizer = dialogs.localizer();
        Dialog<Void> dialog = dialogs.prepare(new Dialog<>(), localizer.get("administration.people.password.title"));
        dialog.setHeaderText(localizer.get("administration.people.password.header", user.fullName(),
                user.username()));
        TextField password = new TextField(temporaryPassword);
        password.setId("shownTemporaryPassword");
        password.setEditable(false);
        password.getStyleClass().add(StyleClasses.ACTIVATION_CODE);
        Label text = new Label(localizer.get("administration.people.password.text"));
        text.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(12, password, text));
        ButtonType close = new ButtonType(localizer.get("administration.people.password.acknowledge"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).setId("acknowledgePasswordButton");
        dialog.setOnShown(event -> password.selectAll());
        dialog.showAndWait();
    }
}
