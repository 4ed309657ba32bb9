package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.events.PaymentMethod;

import java.time.Instant;
import java.time.LocalDate;

/** A payment of dues: how much, when, how (cheque number, transfer reference), recorded by whom. */
public record DuesPayment(long id, long organizationId, int year, long amountCents, LocalDate paidOn,
                          PaymentMethod method, String reference, String recordedBy, Instant recordedAt) {
}
