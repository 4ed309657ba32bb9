package ca.ccrweb.office.core.fund;

import java.time.Instant;

/**
 * One decision on an application: who, when, from and to which status, why, the amount awarded, the reason an
 * administrator gave to go beyond the budget, and whether it was a move up from the waiting list as budget freed.
 */
public record FundDecision(ApplicationStatus from, ApplicationStatus to, String reason, String overrideReason,
                           Long awardedCents, boolean movedUp, String actor, Instant occurredAt) {
}
