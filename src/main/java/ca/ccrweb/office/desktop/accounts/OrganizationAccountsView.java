package ca.ccrweb.office.desktop.accounts;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;

/**
 * The accounts of one organization, its administrator account first, with the form to add an individual
 * account and the actions on the account selected.
 */
public final class OrganizationAccountsView extends VBox {
    private final OrganizationAccountsViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final TextField fullName = new TextField();

    public OrganizationAccountsView(OrganizationAccountsViewModel viewModel, Localizer localizer, Dialogs dialogs,
                                    Permissions permissions) {
        super(10);
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        setId("organizationAccounts");

        Label count = new Label();
        count.setId("organizationAccountCount");
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TEXT_MUTED);
        Button add = new Button();
        add.setId("addAccountButton");
        add.textProperty().bind(localizer.text("organizationAccounts.action.add"));
        add.setGraphic(Icons.of(Feather.USER_PLUS));
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(viewModel.membershipActiveProperty().not().or(viewModel.addingProperty()));
        add.setOnAction(event -> {
            viewModel.startAdding();
            Platform.runLater(fullName::requestFocus);
        });

        Message inactive = new Message();
        inactive.getStyleClass().add(Styles.WARNING);
        inactive.setGraphic(Icons.of(Feather.INFO));
        inactive.descriptionProperty().bind(localizer.text("account.error.membershipNotActive"));
        inactive.visibleProperty().bind(viewModel.membershipActiveProperty().not()
                .and(viewModel.organizationProperty().isNotNull()));
        inactive.managedProperty().bind(inactive.visibleProperty());

        TableView<Account> table = Tables.sortable(viewModel.accounts(), localizer);
        table.setId("organizationAccountsTable");
        TableColumn<Account, String> email = Tables.text(localizer, "field.email", Account::email);
        TableColumn<Account, String> username = Tables.text(localizer, "accounts.column.username", Account::username);
        TableColumn<Account, Account> holder = AccountCells.holder(localizer);
        TableColumn<Account, String> kind = AccountCells.kindOrRole(localizer);
        TableColumn<Account, ?> status = AccountCells.status(localizer);
        TableColumn<Account, String> activation = AccountCells.activation(localizer);
        holder.setMinWidth(140);
        kind.setMinWidth(190);
        email.setMinWidth(120);
        status.setMinWidth(110);
        table.getColumns().addAll(List.of(holder, kind, email, username, status, activation));
        Tables.showWhenWiderThan(table, email, 560);
        Tables.showWhenWiderThan(table, username, 720);
        Tables.showWhenWiderThan(table, activation, 860);
        table.setPlaceholder(Tables.placeholder(Feather.KEY, localizer.text("organizationAccounts.empty")));
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 48.0 + 42.0 * Math.clamp(viewModel.accounts().size(), 2, 8), viewModel.accounts()));
        table.setMinHeight(130);
        table.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);
        viewModel.selectedProperty().subscribe(account -> {
            if (table.getSelectionModel().getSelectedItem() != account) {
                table.getSelectionModel().select(account);
            }
        });

        Button disable = Buttons.outlined(localizer, "disableAccountButton", "accounts.action.disable", Feather.USER_X);
        disable.disableProperty().bind(viewModel.canDisableProperty().not());
        disable.setOnAction(event -> viewModel.disableSelected());
        Button enable = Buttons.outlined(localizer, "enableAccountButton", "accounts.action.enable",
                Feather.USER_CHECK);
        enable.disableProperty().bind(viewModel.canEnableProperty().not());
        enable.setOnAction(event -> viewModel.enableSelected());
        Button newCode = Buttons.outlined(localizer, "newCodeButton", "accounts.action.newCode", Feather.REFRESH_CW);
        newCode.disableProperty().bind(viewModel.selectedProperty().isNull());
        newCode.setOnAction(event -> {
            Account account = viewModel.selectedProperty().get();
            if (account != null && AccountsView.confirmNewCode(dialogs, localizer, account)) {
                viewModel.issueNewActivationCodeForSelected();
            }
        });

        permissions.showOnlyIf(Permission.MANAGE_ACCOUNTS, add, disable, enable, newCode);
        FlowPane actions = new FlowPane(8, 8, disable, enable, newCode);
        actions.getChildren().forEach(button -> ((Button) button).setMinWidth(Button.USE_PREF_SIZE));
        add.setMinWidth(Button.USE_PREF_SIZE);

        VBox content = new VBox(10, PageLayout.toolbar(count, PageLayout.spacer(), add), inactive, table, actions,
                addForm());
        content.setPadding(new Insets(12, 12, 12, 0));
        ScrollPane scroller = new ScrollPane(content);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        getChildren().add(scroller);
    }


    private VBox addForm() {
        fullName.setId("fullNameField");
        fullName.textProperty().bindBidirectional(viewModel.fullNameProperty());
        TextField email = new TextField();
        email.setId("accountEmailField");
        email.textProperty().bindBidirectional(viewModel.emailProperty());
        ComboBox<IndividualRole> role = Choices.of(localizer, List.of(IndividualRole.values()),
                viewModel.roleProperty(), "organizationAccounts.prompt.role");
        role.setId("roleField");

        VBox fields = new VBox(8,
                new FormField(localizer.text("field.fullName"), fullName, viewModel.errors().text("fullName")),
                new FormField(localizer.text("field.email"), email, viewModel.errors().text("email")),
                new FormField(localizer.text("field.role"), role, viewModel.errors().text("role")));

        Button save = new Button();
        save.setId("addAccountConfirmButton");
        save.textProperty().bind(localizer.text("organizationAccounts.action.save"));
        save.setGraphic(Icons.of(Feather.CHECK));
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.savingProperty());
        save.setOnAction(event -> viewModel.addAccount());
        Button cancel = new Button();
        cancel.setId("addAccountCancelButton");
        cancel.textProperty().bind(localizer.text("common.action.cancel"));
        cancel.getStyleClass().add(Styles.BUTTON_OUTLINED);
        cancel.setOnAction(event -> viewModel.cancelAdding());

        VBox form = new VBox(10, PageLayout.sectionTitle(localizer.text("organizationAccounts.form.title")), fields,
                new HBox(8, save, cancel));
        form.setId("addAccountForm");
        form.getStyleClass().add(StyleClasses.DETAIL);
        form.visibleProperty().bind(viewModel.addingProperty());
        form.managedProperty().bind(form.visibleProperty());
        form.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !role.isShowing()) {
                event.consume();
                viewModel.addAccount();
            } else if (event.getCode() == KeyCode.ESCAPE && !role.isShowing()) {
                event.consume();
                viewModel.cancelAdding();
            }
        });
        return form;
    }
}
