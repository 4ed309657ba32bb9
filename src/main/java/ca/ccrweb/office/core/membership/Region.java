package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.common.Labelled;

public enum Region implements Labelled {
    ATLANTIC, QUEBEC, ONTARIO, PRAIRIES, BRITISH_COLUMBIA, NORTH;

    @Override
    public String labelKey() {
        return "region." + name();
    }
}
