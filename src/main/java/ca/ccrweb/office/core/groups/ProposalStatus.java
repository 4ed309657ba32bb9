package ca.ccrweb.office.core.groups;

import ca.ccrweb.office.core.common.Labelled;

/** Where a workshop proposal stands; the group decides once. */
public enum ProposalStatus implements Labelled {
    PROPOSED, ACCEPTED, DECLINED, WITHDRAWN;

    @Override
    public String labelKey() {
        return "proposal.status." + name();
    }
}
