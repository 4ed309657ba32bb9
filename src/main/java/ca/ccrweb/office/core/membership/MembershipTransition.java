package ca.ccrweb.office.core.membership;

import java.time.Instant;

/** One recorded move of an organization's membership: who, when and why. */
public record MembershipTransition(long id, long organizationId, MembershipStatus from, MembershipStatus to,
                                   String reason, String actor, Instant occurredAt) {
}
