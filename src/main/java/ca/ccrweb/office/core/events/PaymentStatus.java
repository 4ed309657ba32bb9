package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.common.Labelled;

/** Where a registration stands with its fee, derived from its payments. */
public enum PaymentStatus implements Labelled {
    UNPAID, PARTIAL, PAID, WAIVED, REFUNDED, COVERED_BY_FUND;

    @Override
    public String labelKey() {
        return "payment.status." + name();
    }
}
