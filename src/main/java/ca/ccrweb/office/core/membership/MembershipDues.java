package ca.ccrweb.office.core.membership;

import java.time.LocalDate;

/** An organization's dues for one year: what it owes, by when, and when it paid (null while unpaid). */
public record MembershipDues(long organizationId, int year, long amountCents, LocalDate dueOn, LocalDate paidOn) {
    public boolean paid() {
        return paidOn != null;
    }
}
