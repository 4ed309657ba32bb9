package ca.ccrweb.office.core.groups;

import ca.ccrweb.office.core.common.Labelled;

/** What a group is: one of the three working groups, the youth network, a committee, or another group. */
public enum GroupKind implements Labelled {
    WORKING_GROUP, YOUTH_NETWORK, COMMITTEE, OTHER;

    @Override
    public String labelKey() {
        return "group.kind." + name();
    }
}
