package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.l10n.Language;

import java.time.LocalDate;

/**
 * One organization's dues of one year with what it paid so far: the Dues tab, the renewal list, the
 * year's dues export, invoices and receipts.
 */
public record DuesLine(long organizationId, String organizationName, Language language, MembershipStatus status,
                       int year, long amountCents, long paidCents, LocalDate dueOn, LocalDate paidOn) {

    public long balanceCents() {
        return amountCents - paidCents;
    }

    public boolean paid() {
        return paidOn != null;
    }

    /** Unpaid after the day it fell due. */
    public boolean overdueOn(LocalDate day) {
        return !paid() && dueOn.isBefore(day);
    }
}
