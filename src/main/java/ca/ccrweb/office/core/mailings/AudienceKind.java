package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.common.Labelled;

/** Who a mailing goes to. */
public enum AudienceKind implements Labelled {
    /** Each active member organization's email and those of all its active accounts. */
    MEMBERS,
    /** The people subscribed to one list. */
    LIST,
    /** The registrants of one event, optionally of one status. */
    EVENT_REGISTRANTS,
    /** The applicants to the Amina Malko fund of one year. */
    FUND_APPLICANTS,
    /** The administrator account of each active member organization. */
    ADMINISTRATORS,
    /** One person, sent one by one from where a letter is made (welcome letter, confirmation, receipt, award). */
    ONE_PERSON;

    @Override
    public String labelKey() {
        return "mailings.audience." + name();
    }
}
