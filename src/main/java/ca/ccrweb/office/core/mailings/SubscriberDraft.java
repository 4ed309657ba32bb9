package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.l10n.Language;

import java.time.LocalDate;

/** A person to add to a list, with the consent they gave. A null {@code consentOn} means today. */
public record SubscriberDraft(String fullName, String email, String organizationName, Language language,
                              ConsentKind consentKind, LocalDate consentOn, ConsentSource consentSource) {
}
