package ca.ccrweb.office.core.fund;

/** One expense line of an application as typed: the amount asked for (cents) and why. */
public record RequestedLine(ExpenseLine expense, long requestedCents, String justification) {
}
