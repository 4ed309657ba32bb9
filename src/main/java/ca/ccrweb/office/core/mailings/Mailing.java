package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.l10n.Language;

import java.time.Instant;

/** A mailing in the archive: what was written, to whom, by whom, and how far its sending went. */
public record Mailing(long id, Audience audience, String subjectFr, String subjectEn, String bodyFr, String bodyEn,
                      MailingStatus status, String createdBy, Instant createdAt, Instant finishedAt) {

    public String subject(Language language) {
        return language == Language.FR ? subjectFr : subjectEn;
    }

    public String body(Language language) {
        return language == Language.FR ? bodyFr : bodyEn;
    }
}
