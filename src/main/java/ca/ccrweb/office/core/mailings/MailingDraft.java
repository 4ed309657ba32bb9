package ca.ccrweb.office.core.mailings;

import java.util.List;

/**
 * A mailing as composed: its audience, subject and body in both languages (plain text with merge fields such
 * as {@code {{organization}}}) and attachments.
 */
public record MailingDraft(Audience audience, String subjectFr, String subjectEn, String bodyFr, String bodyEn,
                           List<Attachment> attachments) {

    public MailingDraft {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
