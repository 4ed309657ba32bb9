package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.events.PaymentMethod;

import java.time.LocalDate;

/** A payment as staff type it; the service checks it against the balance. */
public record DuesPaymentDraft(long amountCents, LocalDate paidOn, PaymentMethod method, String reference) {
}
