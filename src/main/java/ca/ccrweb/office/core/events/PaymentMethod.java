package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.common.Labelled;

/** How a payment was made. */
public enum PaymentMethod implements Labelled {
    CARD, CHEQUE, E_TRANSFER, CASH, INVOICE;

    @Override
    public String labelKey() {
        return "payment.method." + name();
    }
}
