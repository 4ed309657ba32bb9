package ca.ccrweb.office.desktop.security;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The card where a person signed in with a temporary password chooses their own, or goes back to the door. */
public final class ChoosePasswordView {
    private final StackPane root = new StackPane();

    public ChoosePasswordView(ChoosePasswordViewModel viewModel, Localizer localizer, Runnable back) {
        Label title = new Label();
        title.textProperty().bind(localizer.text("choosePassword.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        Label intro = new Label();
        intro.textProperty().bind(localizer.text(() -> localizer.get("choosePassword.intro", viewModel.fullName())));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        PasswordField wanted = new PasswordField();
        wanted.setId("chosenPassword");
        wanted.textProperty().bindBidirectional(viewModel.newPasswordProperty());
        PasswordField again = new PasswordField();
        again.setId("chosenPasswordAgain");
        again.textProperty().bindBidirectional(viewModel.againProperty());

        Label message = new Label();
        message.setId("choosePasswordMessage");
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        Button submit = new Button();
        submit.setId("choosePasswordButton");
        submit.textProperty().bind(localizer.text("choosePassword.action"));
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setDefaultButton(true);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(viewModel.busyProperty());
        submit.setOnAction(event -> viewModel.submit());
        Button signOut = new Button();
        signOut.setId("choosePasswordBackButton");
        signOut.textProperty().bind(localizer.text("choosePassword.back"));
        signOut.getStyleClass().add(Styles.FLAT);
        signOut.setMaxWidth(Double.MAX_VALUE);
        signOut.setOnAction(event -> back.run());

        VBox card = new VBox(12, SignInView.logo(), title, intro,
                new FormField(localizer.text("administration.password.field.new"), wanted,
                        viewModel.newPasswordErrorProperty()),
                new FormField(localizer.text("administration.password.field.again"), again,
                        viewModel.againErrorProperty()),
                message, submit, signOut);
        SignInView.onCard(root, card);
        root.setId("choosePasswordPage");
        wanted.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                wanted.requestFocus();
            }
        });
    }

    public Parent root() {
        return root;
    }
}
