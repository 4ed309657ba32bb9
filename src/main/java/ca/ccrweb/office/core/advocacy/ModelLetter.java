package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.l10n.Language;

/** A campaign's model letter in one language, for organizations or individuals, to one kind of addressee. */
public record ModelLetter(long id, long campaignId, Language language, Audience audience, AddresseeKind addressee,
                          String title, String subject, String body) {

    public ModelLetterDraft draft() {
        return new ModelLetterDraft(language, audience, addressee, title, subject, body);
    }
}
