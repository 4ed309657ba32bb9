package ca.ccrweb.office.desktop.administration;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The My password tab: the signed-in person changes their own password. */
final class MyPasswordView extends VBox {
    MyPasswordView(MyPasswordViewModel viewModel, Localizer localizer) {
        super(12);
        setId("myPasswordTab");
        setPadding(new Insets(16, 0, 0, 0));
        setMaxWidth(420);
        Label intro = new Label();
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        if (!viewModel.available()) {
            intro.textProperty().bind(localizer.text("administration.password.unavailable"));
            getChildren().addAll(PageLayout.sectionTitle(localizer.text("administration.password.title")), intro);
            return;
        }
        intro.textProperty().bind(localizer.text("administration.password.intro"));
        PasswordField current = new PasswordField();
        current.setId("currentPassword");
        current.textProperty().bindBidirectional(viewModel.currentPasswordProperty());
        PasswordField wanted = new PasswordField();
        wanted.setId("newPassword");
        wanted.textProperty().bindBidirectional(viewModel.newPasswordProperty());
        PasswordField again = new PasswordField();
        again.setId("newPasswordAgain");
        again.textProperty().bindBidirectional(viewModel.newPasswordAgainProperty());
        Button change = Buttons.accent(localizer, "changePasswordButton", "administration.password.action.change",
                Feather.LOCK);
        change.disableProperty().bind(viewModel.savingProperty());
        change.setOnAction(event -> viewModel.change());
        getChildren().addAll(PageLayout.sectionTitle(localizer.text("administration.password.title")), intro,
                new FormField(localizer.text("administration.password.field.current"), current,
                        viewModel.errors().text("currentPassword")),
                new FormField(localizer.text("administration.password.field.new"), wanted,
                        viewModel.errors().text("newPassword")),
                new FormField(localizer.text("administration.password.field.again"), again,
                        viewModel.againErrorTextProperty()),
                change);
    }
}
