package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.common.Labelled;

public enum MembershipStatus implements Labelled {
    APPLIED, ACTIVE, REJECTED, LAPSED, SUSPENDED, WITHDRAWN;

    /** Whether the organization's accounts have member access. */
    public boolean grantsAccess() {
        return this == ACTIVE;
    }

    @Override
    public String labelKey() {
        return "membership.status." + name();
    }
}
