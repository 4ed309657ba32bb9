package ca.ccrweb.office.core.groups;

import java.time.LocalDate;

public record WorkshopProposalDraft(Long eventId, Long groupId, Long organizerOrganizationId, String titleFr,
                                    String titleEn, String description, LocalDate proposedOn) {
}
