package ca.ccrweb.office.core.contacts;

import ca.ccrweb.office.core.export.Column;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.l10n.Messages;

import java.util.List;
import java.util.Map;

/** The contacts list as exported to xlsx, PDF and CSV; the organization shown by name, member or not. */
public final class ContactExport {
    private ContactExport() {
    }

    public static TableExport<Contact> table(List<Contact> contacts, Map<Long, String> organizationNames,
                                             Messages messages) {
        List<Column<Contact>> columns = List.of(
                Column.text(messages.get("field.fullName"), 28, Contact::fullName),
                Column.text(messages.get("field.email"), 30, Contact::email),
                Column.text(messages.get("field.phone"), 16, Contact::phone),
                Column.text(messages.get("field.language"), 10, c -> messages.get(c.language().labelKey())),
                Column.text(messages.get("export.accounts.organization"), 32, c -> c.organizationId() == null
                        ? c.organizationName() : organizationNames.get(c.organizationId())));
        return new TableExport<>(messages.get("contacts.export.title"), columns, contacts, messages.language());
    }
}
