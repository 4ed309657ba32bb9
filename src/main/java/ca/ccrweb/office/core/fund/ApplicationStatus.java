package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.common.Labelled;

import java.util.EnumSet;
import java.util.Set;

/** Where a fund application stands; the decisions allowed from each status. */
public enum ApplicationStatus implements Labelled {
    SUBMITTED, SELECTED, WAITLISTED, DECLINED, WITHDRAWN;

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(SELECTED, WAITLISTED, DECLINED, WITHDRAWN);
            case WAITLISTED -> EnumSet.of(SELECTED, DECLINED, WITHDRAWN);
            case SELECTED -> EnumSet.of(DECLINED, WITHDRAWN);
            case DECLINED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canBecome(ApplicationStatus to) {
        return next().contains(to);
    }

    @Override
    public String labelKey() {
        return "fund.status." + name();
    }
}
