package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.events.PaymentMethod;

import java.time.LocalDate;

/** Money paid out on an award, against one expense line, with the receipt it was paid on. */
public record Disbursement(long id, long applicationId, ExpenseLine expense, long amountCents, LocalDate paidOn,
                           PaymentMethod method, String receiptReference, String recordedBy) {
}
