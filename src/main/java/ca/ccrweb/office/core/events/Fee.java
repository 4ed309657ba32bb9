package ca.ccrweb.office.core.events;

/** A computed registration fee and how it was reached (for the registration form and the recalculation record). */
public record Fee(long amountCents, boolean earlyBird, boolean freeForMembers, int days, boolean fullEvent) {
}
