package ca.ccrweb.office.desktop.accounts;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.AccountKind;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.ExportWriters;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;

/** Every ccrweb.ca account: search, filters by kind and status, the actions on one account, export. */
public final class AccountsView implements Page {
    private final HBox header;
    private final AccountsViewModel viewModel;
    private final Localizer localizer;
    private final BorderPane root = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final TableView<Account> table;
    private final MenuButton exportButton;
    private final Button add;

    public AccountsView(AccountsViewModel viewModel, Localizer localizer, Dialogs dialogs, ExportFlow exports,
                        ExportWriters writers, Permissions permissions) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        root.setId("accountsPage");
        root.getStyleClass().add(StyleClasses.PAGE);

        search.setId("searchField");
        search.setLeft(Icons.of(Feather.SEARCH));
        search.promptTextProperty().bind(localizer.text("accounts.search.prompt"));
        search.setPrefWidth(400);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ComboBox<Choices.Choice<AccountKind>> kind = Choices.filter(localizer, List.of(AccountKind.values()),
                viewModel.kindProperty(), "accounts.filter.allKinds");
        kind.setId("kindFilter");
        ComboBox<Choices.Choice<AccountStatus>> status = Choices.filter(localizer, List.of(AccountStatus.values()),
                viewModel.statusProperty(), "accounts.filter.allStatuses");
        status.setId("accountStatusFilter");
        Button clear = new Button(null, Icons.of(Feather.X));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip clearTip = new Tooltip();
        clearTip.textProperty().bind(localizer.text("common.action.clearFilters"));
        clear.setTooltip(clearTip);
        clear.setOnAction(event -> viewModel.clearFilters());
        Label count = new Label();
        count.setId("accountCount");
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(Label.USE_PREF_SIZE);
        exportButton = exports.menuButton(format -> () -> export(exports, writers, format));

        table = Tables.sortable(viewModel.shown(), localizer);
        table.setId("accountsTable");
        TableColumn<Account, String> organization = Tables.text(localizer, "accounts.column.organization",
                Account::organizationName);
        organization.setPrefWidth(240);
        TableColumn<Account, Account> holder = AccountCells.holder(localizer);
        holder.setPrefWidth(200);
        TableColumn<Account, String> email = Tables.text(localizer, "field.email", Account::email);
        email.setPrefWidth(220);
        TableColumn<Account, String> username = Tables.text(localizer, "accounts.column.username", Account::username);
        username.setMinWidth(110);
        TableColumn<Account, String> activation = AccountCells.activation(localizer);
        table.getColumns().addAll(List.of(holder, organization, AccountCells.kindOrRole(localizer), email, username,
                AccountCells.status(localizer), activation));
        Tables.showWhenWiderThan(table, activation, 1240);
        Tables.showWhenWiderThan(table, username, 1060);
        table.getSortOrder().add(organization);
        table.setPlaceholder(Tables.placeholder(Feather.KEY, localizer.text(() -> localizer.get(
                viewModel.accounts().isEmpty() ? "accounts.empty.none" : "accounts.empty.filtered"),
                viewModel.accounts())));
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
            if (account != null && confirmNewCode(dialogs, localizer, account)) {
                viewModel.issueNewActivationCodeForSelected();
            }
        });

        add = Buttons.accent(localizer, "newAccountButton", "accounts.action.add", Feather.USER_PLUS);
        add.setOnAction(event -> NewAccountDialog.show(viewModel.newAccount(), localizer, dialogs));
        header = PageLayout.header(localizer.text("accounts.title"), localizer.text("accounts.subtitle"), add,
                exportButton);
        VBox top = new VBox(12,
                header,
                PageLayout.toolbar(search, kind, status, clear, PageLayout.spacer(), count));
        top.setPadding(new Insets(0, 0, 12, 0));
        root.setTop(top);
        root.setCenter(table);
        BorderPane.setMargin(table, Insets.EMPTY);
        permissions.showOnlyIf(Permission.MANAGE_ACCOUNTS, add, disable, enable, newCode);
        var actions = PageLayout.toolbar(disable, enable, newCode);
        actions.setPadding(new Insets(12, 0, 0, 0));
        root.setBottom(actions);
    }

    /** A new code replaces the one the holder may still have in a letter: staff confirm first. */
    static boolean confirmNewCode(Dialogs dialogs, Localizer localizer, Account account) {
        return dialogs.confirm(localizer.get("accounts.confirm.newCode.header", account.fullName()),
                localizer.get("accounts.confirm.newCode.text"), localizer.get("accounts.action.newCode"), false);
    }


    private void export(ExportFlow exports, ExportWriters writers, ExportFormat format) {
        List<Account> rows = List.copyOf(table.getItems());
        exports.export(format, "accounts.export.fileName", rows.size(), writers.accounts(rows, localizer.messages()));
    }

    /** An action beside the page's own (Import…), before Export. */
    public void addHeaderAction(Node action) {
        if (action instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        header.getChildren().add(header.getChildren().size() - 1, action);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void activate() {
        viewModel.load();
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public void createNew() {
        if (add.isVisible()) {
            add.fire();
        }
    }

    @Override
    public void export() {
        if (exportButton.isVisible()) {
            exportButton.show();
        }
    }
}
