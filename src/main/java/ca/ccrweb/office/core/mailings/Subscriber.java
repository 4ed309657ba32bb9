package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.l10n.Language;

import java.time.LocalDate;

/** One person on one list: the contact, the proof of consent and, once they left, when and why. */
public record Subscriber(long id, long listId, long contactId, String fullName, String email,
                         String organizationName, Language language, ConsentKind consentKind, LocalDate consentOn,
                         ConsentSource consentSource, LocalDate unsubscribedOn, String unsubscribeReason) {

    public boolean subscribed() {
        return unsubscribedOn == null;
    }
}
