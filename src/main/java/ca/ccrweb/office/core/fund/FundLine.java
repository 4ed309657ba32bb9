package ca.ccrweb.office.core.fund;

/**
 * One expense line of an application: requested, awarded (null until a decision proposes an amount; kept for a
 * waitlisted application, counted only once it is selected) and paid out so far, in cents.
 */
public record FundLine(ExpenseLine expense, long requestedCents, Long awardedCents, String justification,
                       long disbursedCents) {

    public long awardedOrZero() {
        return awardedCents == null ? 0 : awardedCents;
    }

    /** What may still be paid on this line. */
    public long balanceCents() {
        return awardedOrZero() - disbursedCents;
    }
}
