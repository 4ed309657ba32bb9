package ca.ccrweb.office.desktop.security;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The sign-in card, or at the first start the card that makes the first administrator. */
public final class SignInView {
    private final StackPane root = new StackPane();

    public SignInView(SignInViewModel viewModel, Localizer localizer) {
        boolean firstStart = viewModel.firstStartProperty().get();
        Label title = new Label();
        title.textProperty().bind(localizer.text(firstStart ? "signIn.first.title" : "signIn.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        Label intro = new Label();
        intro.textProperty().bind(localizer.text(firstStart ? "signIn.first.intro" : "signIn.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        TextField username = new TextField();
        username.setId("signInUsername");
        username.textProperty().bindBidirectional(viewModel.usernameProperty());
        TextField fullName = new TextField();
        fullName.setId("signInFullName");
        fullName.textProperty().bindBidirectional(viewModel.fullNameProperty());
        PasswordField password = new PasswordField();
        password.setId("signInPassword");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        PasswordField confirmation = new PasswordField();
        confirmation.setId("signInConfirmation");
        confirmation.textProperty().bindBidirectional(viewModel.confirmationProperty());

        Button submit = new Button();
        submit.setId("signInButton");
        submit.textProperty().bind(localizer.text(firstStart ? "signIn.first.action" : "signIn.action"));
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setDefaultButton(true);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(viewModel.busyProperty());
        submit.setOnAction(event -> viewModel.submit());

        Label message = new Label();
        message.setId("signInMessage");
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        VBox card = new VBox(12, logo(), title, intro,
                new FormField(localizer.text("field.username"), username, viewModel.usernameErrorProperty()));
        if (firstStart) {
            card.getChildren().add(new FormField(localizer.text("field.fullName"), fullName,
                    viewModel.fullNameErrorProperty()));
        }
        card.getChildren().add(new FormField(localizer.text("field.password"), password,
                viewModel.passwordErrorProperty()));
        if (firstStart) {
            card.getChildren().add(new FormField(localizer.text("signIn.field.confirmation"), confirmation,
                    viewModel.confirmationErrorProperty()));
        }
        card.getChildren().addAll(message, submit);
        onCard(root, card);
        root.setId("signInPage");
        username.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                username.requestFocus();
            }
        });
    }

    /** The door's look, shared with the screen where a new password is chosen: one card in the middle. */
    static void onCard(StackPane page, VBox card) {
        card.setPadding(new Insets(32));
        card.setMaxWidth(420);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        card.getStyleClass().add("sign-in-card");
        card.setStyle("-fx-background-color: -color-bg-default; -fx-background-radius: 8;"
                + " -fx-border-color: -color-border-default; -fx-border-radius: 8;");
        page.getChildren().add(card);
        page.setAlignment(Pos.CENTER);
        page.setStyle("-fx-background-color: -color-bg-subtle;");
    }

    static ImageView logo() {
        ImageView icon = new ImageView(new Image(SignInView.class.getResource("/ca/ccrweb/office/icons/ccr-office-64.png")
                .toExternalForm()));
        icon.setFitWidth(48);
        icon.setFitHeight(48);
        return icon;
    }

    public Parent root() {
        return root;
    }
}
