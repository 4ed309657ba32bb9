package ca.ccrweb.office.desktop.accounts;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.StyleClasses;
import com.ibm.icu.text.Collator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.kordamp.ikonli.feather.Feather;

/** The columns both account tables share: who holds the account, its kind or role, its status. */
final class AccountCells {
    private AccountCells() {
    }

    /** The account holder's name; the administrator account is marked with a key and in bold. */
    static TableColumn<Account, Account> holder(Localizer localizer) {
        TableColumn<Account, Account> column = new TableColumn<>();
        column.textProperty().bind(localizer.text("field.fullName"));
        column.setMinWidth(160);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setComparator((a, b) -> Collator.getInstance(localizer.messages().locale())
                .compare(a.fullName(), b.fullName()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Account account, boolean empty) {
                super.updateItem(account, empty);
                getStyleClass().remove(Styles.TEXT_BOLD);
                if (empty || account == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(account.fullName());
                setGraphic(account.isAdministrator() ? Icons.of(Feather.KEY) : null);
                if (account.isAdministrator()) {
                    getStyleClass().add(Styles.TEXT_BOLD);
                }
            }
        });
        return column;
    }

    /** "Administrator account", or the individual's role. */
    static TableColumn<Account, String> kindOrRole(Localizer localizer) {
        TableColumn<Account, String> column = new TableColumn<>();
        column.textProperty().bind(localizer.text("accounts.column.kind"));
        column.setMinWidth(200);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(kindOrRoleText(localizer, row.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(null);
                if (empty || text == null) {
                    setGraphic(null);
                    return;
                }
                Account account = getTableRow() == null ? null : getTableRow().getItem();
                badge.setText(text);
                badge.getStyleClass().setAll("label", StyleClasses.BADGE, account != null && account.isAdministrator()
                        ? StyleClasses.BADGE_ACCENT : StyleClasses.BADGE_NEUTRAL);
                setGraphic(badge);
            }
        });
        return column;
    }

    static String kindOrRoleText(Localizer localizer, Account account) {
        return account.isAdministrator() || account.role() == null ? localizer.label(account.kind())
                : localizer.label(account.role());
    }

    static TableColumn<Account, AccountStatus> status(Localizer localizer) {
        TableColumn<Account, AccountStatus> column = new TableColumn<>();
        column.textProperty().bind(localizer.text("accounts.column.status"));
        column.setMinWidth(160);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().status()));
        column.setCellFactory(col -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(AccountStatus status, boolean empty) {
                super.updateItem(status, empty);
                setText(null);
                if (empty || status == null) {
                    setGraphic(null);
                    return;
                }
                Account account = getTableRow() == null ? null : getTableRow().getItem();
                badge.setText(account == null ? localizer.label(status) : statusText(localizer, account));
                boolean inUse = status == AccountStatus.ACTIVE && (account == null || !account.activationPending());
                badge.getStyleClass().setAll("label", StyleClasses.BADGE, inUse
                        ? StyleClasses.BADGE_SUCCESS : StyleClasses.BADGE_WARNING);
                setGraphic(badge);
            }
        });
        return column;
    }

    /**
     * The account's state as staff read it: an active account whose activation code was never used is
     * "awaiting activation", not "active"; one closed with its organization's membership says so.
     */
    static String statusText(Localizer localizer, Account account) {
        if (account.disabledByMembership()) {
            return localizer.get("accounts.status.disabledByMembership");
        }
        if (account.status() == AccountStatus.ACTIVE && account.activationPending()) {
            return localizer.get("accounts.status.awaitingActivation");
        }
        return localizer.label(account.status());
    }

    /** Whether the holder has signed in with the activation code yet. */
    static TableColumn<Account, String> activation(Localizer localizer) {
        TableColumn<Account, String> column = new TableColumn<>();
        column.textProperty().bind(localizer.text("accounts.column.activation"));
        column.setMinWidth(160);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(localizer.get(row.getValue().activationPending()
                ? "accounts.activation.pending" : "accounts.activation.done")));
        return column;
    }
}
