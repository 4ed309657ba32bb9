package ca.ccrweb.office.core.membership;

import java.time.LocalDate;

/** An active member whose dues are still unpaid after the grace period: what lapsing it would be for. */
public record LapseCandidate(long organizationId, String organizationName, int year, long balanceCents,
                             LocalDate dueOn) {
}
