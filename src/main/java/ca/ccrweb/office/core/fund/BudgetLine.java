package ca.ccrweb.office.core.fund;

/**
 * One stream's budget for one year, in cents: allocated by the board, committed to awards, paid out, and
 * what is left to award.
 */
public record BudgetLine(int year, FundStream stream, long allocatedCents, long committedCents, long disbursedCents) {

    public long remainingCents() {
        return allocatedCents - committedCents;
    }

    /** What is committed but not yet paid. */
    public long toDisburseCents() {
        return committedCents - disbursedCents;
    }
}
