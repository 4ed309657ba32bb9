package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.common.Labelled;

/** The messages the office sends to one person from where they are made. */
public enum LetterKind implements Labelled {
    WELCOME,
    REGISTRATION_CONFIRMATION,
    PAYMENT_RECEIPT,
    AWARD_LETTER;

    @Override
    public String labelKey() {
        return "mailings.letter." + name();
    }
}
