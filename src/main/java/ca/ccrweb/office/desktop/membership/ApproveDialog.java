package ca.ccrweb.office.desktop.membership;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Confirms an approval and shows the email the administrator account will use, which staff may change.
 * The dialog stays open while the approval runs, so a refused email is shown beside its field.
 */
final class ApproveDialog {
    private ApproveDialog() {
    }

    static void ask(Dialogs dialogs, ApplicationsViewModel viewModel, Organization application) {
        Localizer localizer = dialogs.localizer();
        Dialog<ButtonType> dialog = dialogs.prepare(new Dialog<>(), localizer.get("app.title"));
        dialog.getDialogPane().setId("approveDialog");
        dialog.setHeaderText(localizer.get("applications.approve.header", application.name()));
        ButtonType approve = new ButtonType(localizer.get("applications.action.approve"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(localizer.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(approve, cancel);

        Label explanation = new Label(localizer.get("applications.approve.text"));
        explanation.setWrapText(true);
        explanation.setPrefWidth(480);
        explanation.setMinHeight(Label.USE_PREF_SIZE);
        TextField email = new TextField(application.email());
        email.setId("administratorEmailField");
        Label hint = new Label(localizer.get("applications.approve.emailHint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        hint.setPrefWidth(480);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(new VBox(12, explanation,
                new FormField(localizer.text("field.administratorEmail"), email,
                        viewModel.decisionErrors().text("administratorEmail")), hint));

        Button approveButton = (Button) dialog.getDialogPane().lookupButton(approve);
        approveButton.setId("approveConfirmButton");
        approveButton.setGraphic(Icons.of(Feather.CHECK));
        approveButton.getStyleClass().add(Styles.ACCENT);
        approveButton.disableProperty().bind(viewModel.decidingProperty()
                .or(email.textProperty().isEmpty()));
        approveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.approve(email.getText(), () -> {
                dialog.setResult(approve);
                dialog.close();
            });
        });
        dialog.getDialogPane().lookupButton(cancel).setId("cancelDialogButton");
        dialog.setOnShown(event -> email.requestFocus());
        dialog.showAndWait();
        viewModel.clearDecisionErrors();
    }
}
