package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.export.Column;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.l10n.Messages;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An event's registration list and payments report, as exported to xlsx, PDF and CSV. */
public final class RegistrationExport {
    public static final List<RegistrationColumn> DEFAULT_COLUMNS = List.of(RegistrationColumn.NAME,
            RegistrationColumn.ORGANIZATION, RegistrationColumn.EMAIL, RegistrationColumn.RATE,
            RegistrationColumn.STATUS, RegistrationColumn.PAYMENT_STATUS, RegistrationColumn.AMOUNT_DUE,
            RegistrationColumn.OWED, RegistrationColumn.REGISTERED_ON);

    private RegistrationExport() {
    }

    public static TableExport<Registration> registrations(Event event, List<Registration> registrations,
                                                          List<RegistrationColumn> chosen, Messages messages) {
        List<Column<Registration>> columns = (chosen.isEmpty() ? DEFAULT_COLUMNS : chosen).stream()
                .distinct().map(column -> column.column(messages)).toList();
        return new TableExport<>(messages.get("registration.export.title", event.title(messages.language())),
                columns, registrations, messages.language());
    }

    public static TableExport<Payment> payments(Event event, List<Payment> payments, List<Registration> registrations,
                                                Messages messages) {
        Map<Long, Registration> byId = registrations.stream()
                .collect(Collectors.toMap(Registration::id, Function.identity()));
        List<Column<Payment>> columns = List.of(
                Column.date(messages.get("payment.column.paidOn"), 12, Payment::paidOn),
                Column.text(messages.get("registration.column.NAME"), 26, p -> byId.get(p.registrationId()).fullName()),
                Column.text(messages.get("registration.column.ORGANIZATION"), 30,
                        p -> byId.get(p.registrationId()).organizationName()),
                Column.text(messages.get("payment.column.method"), 14, p -> messages.get(p.method().labelKey())),
                Column.text(messages.get("payment.column.reference"), 20, Payment::reference),
                Column.money(messages.get("payment.column.amount"), 12, Payment::amountCents),
                Column.text(messages.get("payment.column.recordedBy"), 16, Payment::recordedBy));
        return new TableExport<>(messages.get("payment.export.title", event.title(messages.language())), columns,
                payments, messages.language());
    }
}
