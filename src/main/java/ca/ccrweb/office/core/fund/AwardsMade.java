package ca.ccrweb.office.core.fund;

/** Awards made over a period: how many, and the amount awarded, in cents. */
public record AwardsMade(int count, long totalCents) {
}
