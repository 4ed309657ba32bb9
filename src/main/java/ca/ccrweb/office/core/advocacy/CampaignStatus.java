package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.common.Labelled;

/** Where a campaign stands: prepared, under way (members asked to act), or over. */
public enum CampaignStatus implements Labelled {
    DRAFT, ACTIVE, CLOSED;

    @Override
    public String labelKey() {
        return "advocacy.status." + name();
    }
}
