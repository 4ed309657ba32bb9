package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.common.Labelled;

import java.util.EnumSet;
import java.util.Set;

import static ca.ccrweb.office.core.membership.MembershipStatus.ACTIVE;
import static ca.ccrweb.office.core.membership.MembershipStatus.APPLIED;
import static ca.ccrweb.office.core.membership.MembershipStatus.LAPSED;
import static ca.ccrweb.office.core.membership.MembershipStatus.REJECTED;
import static ca.ccrweb.office.core.membership.MembershipStatus.SUSPENDED;
import static ca.ccrweb.office.core.membership.MembershipStatus.WITHDRAWN;

/** The only legal moves of the membership lifecycle: from which statuses, to which, and whether a reason is owed. */
public enum MembershipAction implements Labelled {
    APPROVE(EnumSet.of(APPLIED), ACTIVE, false),
    REJECT(EnumSet.of(APPLIED), REJECTED, true),
    LAPSE(EnumSet.of(ACTIVE), LAPSED, false),
    RENEW(EnumSet.of(LAPSED), ACTIVE, false),
    SUSPEND(EnumSet.of(ACTIVE), SUSPENDED, true),
    REINSTATE(EnumSet.of(SUSPENDED), ACTIVE, false),
    WITHDRAW(EnumSet.of(APPLIED, ACTIVE, LAPSED, SUSPENDED), WITHDRAWN, false);

    private final Set<MembershipStatus> from;
    private final MembershipStatus to;
    private final boolean reasonRequired;

    MembershipAction(Set<MembershipStatus> from, MembershipStatus to, boolean reasonRequired) {
        this.from = from;
        this.to = to;
        this.reasonRequired = reasonRequired;
    }

    public boolean allowedFrom(MembershipStatus status) {
        return from.contains(status);
    }

    public MembershipStatus target() {
        return to;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    @Override
    public String labelKey() {
        return "membership.action." + name();
    }
}
