package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.export.Column;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.l10n.Messages;

import java.util.List;

/** An audience's addresses for an office that sends with another tool: email, name, organization, language. */
public final class RecipientExport {
    private RecipientExport() {
    }

    public static TableExport<Recipient> table(List<Recipient> recipients, Messages messages) {
        List<Column<Recipient>> columns = List.of(
                Column.text(messages.get("field.email"), 32, Recipient::email),
                Column.text(messages.get("field.fullName"), 28, Recipient::fullName),
                Column.text(messages.get("export.accounts.organization"), 32, Recipient::organizationName),
                Column.text(messages.get("field.language"), 12, recipient -> recipient.language() == null
                        ? messages.get("mailings.language.both") : recipient.language().code()));
        return new TableExport<>(messages.get("mailings.export.recipients"), columns, recipients, messages.language());
    }
}
