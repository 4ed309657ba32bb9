package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.common.Labelled;
import ca.ccrweb.office.core.export.Column;
import ca.ccrweb.office.core.l10n.Messages;

/** The columns a registration list can be exported with; staff choose which and in what order. */
public enum RegistrationColumn implements Labelled {
    NAME, EMAIL, ORGANIZATION, REGION, RATE, STATUS, PAYMENT_STATUS, AMOUNT_DUE, PAID, OWED, REGISTERED_ON,
    LANGUAGE, ACCESSIBILITY_NEEDS, DIETARY_NEEDS, INTERPRETATION, CHILDCARE_NEEDS, CHECKED_IN_AT;

    @Override
    public String labelKey() {
        return "registration.column." + name();
    }

    Column<Registration> column(Messages messages) {
        String header = messages.get(labelKey());
        return switch (this) {
            case NAME -> Column.text(header, 26, Registration::fullName);
            case EMAIL -> Column.text(header, 28, Registration::email);
            case ORGANIZATION -> Column.text(header, 30, Registration::organizationName);
            case REGION -> Column.text(header, 14, r -> r.region() == null ? null : messages.get(r.region().labelKey()));
            case RATE -> Column.text(header, 14, r -> r.rateLabel(messages.language()));
            case STATUS -> Column.text(header, 14, r -> messages.get(r.status().labelKey()));
            case PAYMENT_STATUS -> Column.text(header, 14, r -> messages.get(r.paymentStatus().labelKey()));
            case AMOUNT_DUE -> Column.money(header, 12, Registration::amountDueCents);
            case PAID -> Column.money(header, 12, Registration::paidCents);
            case OWED -> Column.money(header, 12, Registration::owedCents);
            case REGISTERED_ON -> Column.date(header, 12, Registration::registeredOn);
            case LANGUAGE -> Column.text(header, 10, r -> messages.get(r.language().labelKey()));
            case ACCESSIBILITY_NEEDS -> Column.text(header, 24, Registration::accessibilityNeeds);
            case DIETARY_NEEDS -> Column.text(header, 20, Registration::dietaryNeeds);
            case INTERPRETATION -> Column.text(header, 16, Registration::interpretation);
            case CHILDCARE_NEEDS -> Column.text(header, 20, Registration::childcareNeeds);
            case CHECKED_IN_AT -> Column.dateTime(header, 16, Registration::checkedInAt);
        };
    }
}
