package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.l10n.Language;

/** A model letter as staff type it: its body holds merge fields such as {@code {{organization}}}. */
public record ModelLetterDraft(Language language, Audience audience, AddresseeKind addressee, String title,
                               String subject, String body) {
}
