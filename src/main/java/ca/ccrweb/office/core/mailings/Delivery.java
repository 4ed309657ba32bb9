package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.l10n.Language;

import java.time.Instant;

/** One row of a mailing's outbox: the frozen recipient and what became of them. */
public record Delivery(long id, long mailingId, int position, String email, String fullName, String organizationName,
                       String eventTitle, Language language, DeliveryStatus status, int attempts, String serverReply,
                       Instant sentAt) {

    public Recipient recipient() {
        return new Recipient(email, fullName, organizationName, eventTitle, language);
    }
}
