package ca.ccrweb.office.core.accounts;

import ca.ccrweb.office.core.export.Column;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.l10n.Messages;

import java.util.List;

/** The accounts list as exported, also what the website imports (CSV). Never holds activation codes. */
public final class AccountExport {
    private AccountExport() {
    }

    public static TableExport<Account> table(List<Account> accounts, Messages messages) {
        List<Column<Account>> columns = List.of(
                Column.text(messages.get("export.accounts.organization"), 32, Account::organizationName),
                Column.text(messages.get("export.accounts.kind"), 20, a -> messages.get(a.kind().labelKey())),
                Column.text(messages.get("field.role"), 22,
                        a -> a.role() == null ? null : messages.get(a.role().labelKey())),
                Column.text(messages.get("field.fullName"), 28, Account::fullName),
                Column.text(messages.get("field.email"), 30, Account::email),
                Column.text(messages.get("export.accounts.username"), 20, Account::username),
                Column.text(messages.get("export.accounts.status"), 12, a -> messages.get(a.status().labelKey())),
                Column.dateTime(messages.get("export.accounts.createdAt"), 16, Account::createdAt));
        return new TableExport<>(messages.get("export.accounts.title"), columns, accounts, messages.language());
    }
}
