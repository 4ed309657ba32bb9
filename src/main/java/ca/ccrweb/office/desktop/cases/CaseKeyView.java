package ca.ccrweb.office.desktop.cases;

import ca.ccrweb.office.core.cases.CaseService;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The passphrase: chosen the very first time, then entered to unlock the cases. */
public final class CaseKeyView {
    private final CasesViewModel viewModel;
    private final Localizer localizer;

    CaseKeyView(CasesViewModel viewModel, Localizer localizer) {
        this.viewModel = viewModel;
        this.localizer = localizer;
    }

    Node setUpPane() {
        Label warning = new Label();
        warning.setId("casePassphraseWarning");
        warning.textProperty().bind(localizer.text("cases.key.lossWarning", CaseService.SHORTEST_PASSPHRASE));
        warning.setWrapText(true);
        PasswordField first = passwordField("casePassphrase");
        PasswordField again = new PasswordField();
        again.setId("casePassphraseAgain");
        again.textProperty().bindBidirectional(viewModel.key().passphraseAgainProperty());
        Button set = Buttons.accent(localizer, "setPassphraseButton", "cases.action.setPassphrase", Feather.LOCK);
        set.setDefaultButton(true);
        set.setOnAction(event -> viewModel.key().setUpKey());
        VBox pane = new VBox(10, PageLayout.sectionTitle(localizer.text("cases.key.setUpTitle")), warning,
                CaseForms.field(localizer, viewModel.errors(), "cases.key.passphrase", first, "passphrase"),
                new FormField(localizer.text("cases.key.passphraseAgain"), again,
                        new SimpleStringProperty("")), set);
        return narrow(pane);
    }

    Node unlockPane() {
        Label text = new Label();
        text.textProperty().bind(localizer.text("cases.key.unlockText"));
        text.setWrapText(true);
        PasswordField typed = passwordField("caseUnlockPassphrase");
        Button unlock = Buttons.accent(localizer, "unlockCasesButton", "cases.action.unlock", Feather.UNLOCK);
        unlock.setDefaultButton(true);
        unlock.setOnAction(event -> viewModel.key().unlock());
        return narrow(new VBox(10, PageLayout.sectionTitle(localizer.text("cases.key.unlockTitle")), text,
                CaseForms.field(localizer, viewModel.errors(), "cases.key.passphrase", typed, "passphrase"), unlock));
    }

    private PasswordField passwordField(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(viewModel.key().passphraseProperty());
        return field;
    }

    private static Node narrow(VBox pane) {
        pane.setMaxWidth(560);
        pane.setPadding(new Insets(16, 0, 0, 0));
        BorderPane holder = new BorderPane();
        holder.setLeft(pane);
        return holder;
    }
}
