package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.export.Column;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.l10n.Messages;

import java.util.List;

/**
 * The people of one subscription list as the Lists tab shows them, with the proof of consent (kind, date, how it
 * was given) and, for those who left, when and why: the table's columns, the consent and the departure each split
 * in their parts so that a spreadsheet sorts them by date.
 */
public final class SubscriberExport {
    private SubscriberExport() {
    }

    public static TableExport<Subscriber> table(MailingList list, List<Subscriber> subscribers, Messages messages) {
        List<Column<Subscriber>> columns = List.of(
                Column.text(messages.get("mailings.subscribers.column.name"), 28, Subscriber::fullName),
                Column.text(messages.get("mailings.subscribers.column.email"), 30, Subscriber::email),
                Column.text(messages.get("mailings.subscribers.column.organization"), 28,
                        Subscriber::organizationName),
                Column.text(messages.get("mailings.subscribers.column.language"), 9, subscriber ->
                        subscriber.language() == null ? messages.get("mailings.language.both")
                                : subscriber.language().code()),
                Column.text(messages.get("mailings.subscribers.column.consent"), 13, subscriber ->
                        subscriber.consentKind() == null ? "" : messages.get(subscriber.consentKind().labelKey())),
                Column.date(messages.get("mailings.subscribers.export.consentOn"), 13, Subscriber::consentOn),
                Column.text(messages.get("mailings.subscribers.field.consentSource"), 20, subscriber ->
                        subscriber.consentSource() == null ? "" : messages.get(subscriber.consentSource().labelKey())),
                Column.date(messages.get("mailings.subscribers.column.unsubscribed"), 13, Subscriber::unsubscribedOn),
                Column.text(messages.get("mailings.subscribers.export.reason"), 24, Subscriber::unsubscribeReason));
        return new TableExport<>(messages.get("mailings.subscribers.export.title", list.name(messages.language())),
                columns, subscribers, messages.language());
    }
}
