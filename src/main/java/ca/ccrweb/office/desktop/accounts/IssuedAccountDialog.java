package ca.ccrweb.office.desktop.accounts;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.IssuedAccount;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.DesktopPreferences;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportWriters;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The one moment a new account's activation code can be seen: user name and code to copy, and the
 * welcome letter to save as a PDF, before the code is gone for good.
 */
public final class IssuedAccountDialog implements IssuedAccountDisplay {
    private final Dialogs dialogs;
    private final Localizer localizer;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final ExportWriters writers;
    private final DesktopPreferences preferences;
    private final Consumer<Path> opener;
    private final WelcomeMail welcomeMail;

    /** Sends the welcome letter, code included, to the account's email through the office's outbox. */
    @FunctionalInterface
    public interface WelcomeMail {
        ca.ccrweb.office.core.mailings.Delivery send(IssuedAccount issued, Organization organization) throws Exception;
    }

    public IssuedAccountDialog(Dialogs dialogs, TaskExecutor executor, UserFeedback feedback, ExportWriters writers,
                               DesktopPreferences preferences, Consumer<Path> opener, WelcomeMail welcomeMail) {
        this.welcomeMail = welcomeMail;
        this.dialogs = dialogs;
        this.localizer = dialogs.localizer();
        this.executor = executor;
        this.feedback = feedback;
        this.writers = writers;
        this.preferences = preferences;
        this.opener = opener;
    }

    /**
     * Shown once the dialog that led here has closed: opening a modal dialog while another one is still
     * closing can leave the new one unpainted on Linux.
     */
    @Override
    public void show(IssuedAccount issued, Organization organization) {
        Platform.runLater(() -> showNow(issued, organization));
    }

    private void showNow(IssuedAccount issued, Organization organization) {
        Account account = issued.account();
        Dialog<Void> dialog = dialogs.prepare(new Dialog<>(), localizer.get("app.title"));
        dialog.getDialogPane().setId("issuedAccountDialog");
        dialog.setHeaderText(localizer.get(account.isAdministrator() ? "issuedAccount.header.administrator"
                : "issuedAccount.header.individual", account.fullName()));
        ButtonType saveLetter = new ButtonType(localizer.get("issuedAccount.action.saveLetter"),
                ButtonBar.ButtonData.LEFT);
        ButtonType done = new ButtonType(localizer.get("issuedAccount.action.done"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(saveLetter, done);

        Message onlyOnce = new Message(localizer.get("issuedAccount.onlyOnce.title"),
                localizer.get("issuedAccount.onlyOnce.text"), Icons.of(Feather.ALERT_TRIANGLE));
        onlyOnce.getStyleClass().add(Styles.WARNING);

        TextField username = readOnly("issuedUsernameField", account.username());
        TextField code = readOnly("activationCodeField", issued.activationCode());
        code.getStyleClass().add(StyleClasses.ACTIVATION_CODE);
        Button copy = new Button(localizer.get("issuedAccount.action.copy"), Icons.of(Feather.COPY));
        copy.setId("copyCodeButton");
        copy.getStyleClass().add(Styles.BUTTON_OUTLINED);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(localizer.get("issuedAccount.clipboard", account.username(), issued.activationCode()));
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(localizer.get("issuedAccount.action.copied"));
        });
        HBox codeRow = new HBox(8, code, copy);
        HBox.setHgrow(code, Priority.ALWAYS);

        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(10);
        addFact(facts, 0, "issuedAccount.organization", new Label(organization.name()));
        addFact(facts, 1, "field.email", new Label(account.email()));
        addFact(facts, 2, "accounts.column.username", username);
        addFact(facts, 3, "issuedAccount.code", codeRow);
        GridPane.setHgrow(codeRow, Priority.ALWAYS);

        Button emailButton = new Button(localizer.get("issuedAccount.action.emailLetter"), Icons.of(Feather.SEND));
        emailButton.setId("emailLetterButton");
        emailButton.getStyleClass().add(Styles.BUTTON_OUTLINED);
        emailButton.setOnAction(event -> {
            emailButton.setDisable(true);
            ca.ccrweb.office.desktop.mailings.LetterSending.send(executor, feedback, localizer,
                    ca.ccrweb.office.core.mailings.LetterKind.WELCOME,
                    () -> welcomeMail.send(issued, organization), () -> emailButton.setDisable(false));
        });
        addFact(facts, 4, "mailings.letter.WELCOME", emailButton);

        dialog.getDialogPane().setContent(new VBox(16, onlyOnce, facts));
        dialog.getDialogPane().setPrefWidth(640);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(saveLetter);
        saveButton.setId("saveLetterButton");
        saveButton.setGraphic(Icons.of(Feather.FILE_TEXT));
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            saveWelcomeLetter(issued, organization, saveButton);
        });
        Button doneButton = (Button) dialog.getDialogPane().lookupButton(done);
        doneButton.setId("issuedDoneButton");
        doneButton.getStyleClass().add(Styles.ACCENT);
        dialog.showAndWait();
    }

    private void saveWelcomeLetter(IssuedAccount issued, Organization organization, Button saveButton) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(localizer.get("issuedAccount.action.saveLetter"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(localizer.get("export.format.PDF"), "*.pdf"));
        chooser.setInitialFileName(localizer.get("issuedAccount.letter.fileName") + "-"
                + Texts.slug(issued.account().username()) + ".pdf");
        chooser.setInitialDirectory(preferences.exportFolder().toFile());
        File chosen = chooser.showSaveDialog(saveButton.getScene().getWindow());
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        saveButton.setDisable(true);
        executor.run(() -> {
            writers.welcomeLetter(issued, organization, file);
            return file;
        }, written -> {
            saveButton.setDisable(false);
            saveButton.setText(localizer.get("issuedAccount.action.letterSaved"));
            preferences.setLastExportFolder(written.toAbsolutePath().getParent());
            feedback.notify(localizer.get("issuedAccount.notify.letterSaved", written.getFileName()),
                    localizer.get("export.action.open"), () -> opener.accept(written));
        }, failure -> {
            saveButton.setDisable(false);
            feedback.showError(failure);
        });
    }

    private void addFact(GridPane grid, int row, String labelKey, Node value) {
        Label label = new Label(localizer.get(labelKey));
        label.getStyleClass().add(StyleClasses.FACT_NAME);
        grid.add(label, 0, row);
        grid.add(value, 1, row);
    }

    private static TextField readOnly(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setEditable(false);
        field.setFocusTraversable(true);
        return field;
    }
}
