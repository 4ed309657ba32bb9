package ca.ccrweb.office.core.accounts;

import ca.ccrweb.office.core.common.Labelled;

/** Who holds an individual account: board members, staff, and volunteers acting as staff. */
public enum IndividualRole implements Labelled {
    BOARD_MEMBER, STAFF, VOLUNTEER;

    @Override
    public String labelKey() {
        return "account.role." + name();
    }
}
