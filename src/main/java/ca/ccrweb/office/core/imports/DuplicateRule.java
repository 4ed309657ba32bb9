package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.common.Labelled;

/** Why a row is taken for a record already there. */
public enum DuplicateRule implements Labelled {
    /** The same email, whatever its case. */
    EMAIL,
    /** An organization with the same name (accents, case and punctuation aside) in the same province. */
    NAME_AND_PROVINCE,
    /** A person with the same name and the same organization. */
    NAME_AND_ORGANIZATION,
    /** The person is already registered at the event. */
    ALREADY_REGISTERED;

    @Override
    public String labelKey() {
        return "import.rule." + name();
    }
}
