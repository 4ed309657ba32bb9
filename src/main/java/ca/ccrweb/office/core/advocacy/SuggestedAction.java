package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.l10n.Language;

/** One action a campaign suggests to organizations or to individuals, in both languages. */
public record SuggestedAction(Audience audience, ActionKind kind, String textFr, String textEn) {

    public String text(Language language) {
        return language == Language.FR ? textFr : textEn;
    }
}
