package ca.ccrweb.office.core.groups;

import ca.ccrweb.office.core.l10n.Language;

import java.time.LocalDate;

/**
 * A workshop a member proposes for a coming consultation, at a working group's meeting. Once accepted it is a
 * workshop session of that consultation's programme ({@code sessionId}).
 */
public record WorkshopProposal(long id, long eventId, String eventTitleFr, String eventTitleEn, long groupId,
                               long organizerOrganizationId, String organizerName, String titleFr, String titleEn,
                               String description, LocalDate proposedOn, ProposalStatus status,
                               String decisionNote, Long sessionId) {

    public String title(Language language) {
        return language == Language.FR ? titleFr : titleEn;
    }

    public String eventTitle(Language language) {
        return language == Language.FR ? eventTitleFr : eventTitleEn;
    }

    public WorkshopProposalDraft toDraft() {
        return new WorkshopProposalDraft(eventId, groupId, organizerOrganizationId, titleFr, titleEn, description,
                proposedOn);
    }
}
