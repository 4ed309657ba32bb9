package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.membership.MembershipStatus;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one run of the demo data added: organizations by their final membership status, the accounts made,
 * and the organizations left alone because an earlier run had already added them.
 */
public record DemoDataReport(Map<MembershipStatus, Integer> organizationsByStatus, int administratorAccounts,
                             int individualAccounts, int organizationsAlreadyPresent) {

    public DemoDataReport {
        Map<MembershipStatus, Integer> complete = new EnumMap<>(MembershipStatus.class);
        for (MembershipStatus status : MembershipStatus.values()) {
            complete.put(status, organizationsByStatus.getOrDefault(status, 0));
        }
        organizationsByStatus = Collections.unmodifiableMap(complete);
    }

    public int organizations() {
        return organizationsByStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int organizations(MembershipStatus status) {
        return organizationsByStatus.get(status);
    }
}
