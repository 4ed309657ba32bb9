package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.l10n.Language;

/** A row of the yearly dues table: organizations whose budget is up to {@code maxBudgetCents} pay {@code feeCents}. */
public record DuesBracket(long id, String labelEn, String labelFr, Long maxBudgetCents, long feeCents) {
    public String label(Language language) {
        return language == Language.FR ? labelFr : labelEn;
    }
}
