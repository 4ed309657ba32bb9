package ca.ccrweb.office.core.events;

import java.time.LocalDate;

/** Money received for a registration (a refund is a negative amount). */
public record Payment(long id, long registrationId, long amountCents, LocalDate paidOn, PaymentMethod method,
                      String reference, String recordedBy) {
}
