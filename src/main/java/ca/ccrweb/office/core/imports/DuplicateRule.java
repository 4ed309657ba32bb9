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
    ALREADY_REGISTERED,
    /** The email is on the list already. */
    ALREADY_SUBSCRIBED,
    /** The email left the list: an import never puts it back. */
    UNSUBSCRIBED,
    /** The campaign has this action already: the same person or organization, kind, target and day. */
    SAME_ACTION;

    @Override
    public String labelKey() {
        return "import.rule." + name();
    }
}
