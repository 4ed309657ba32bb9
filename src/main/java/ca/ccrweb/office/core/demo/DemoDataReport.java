package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.membership.MembershipStatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
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

    /** The lines staff read: organizations by status, accounts, and those an earlier run had added. */
    public List<DemoSummary> summary() {
        List<DemoSummary> lines = new ArrayList<>();
        lines.add(new DemoSummary("cli.demoData.summary.organizations", organizations()));
        for (MembershipStatus status : MembershipStatus.values()) {
            if (organizations(status) > 0) {
                lines.add(new DemoSummary("cli.demoData.summary.status", status, organizations(status)));
            }
        }
        lines.add(new DemoSummary("cli.demoData.summary.administrators", administratorAccounts));
        lines.add(new DemoSummary("cli.demoData.summary.individuals", individualAccounts));
        if (organizationsAlreadyPresent > 0) {
            lines.add(new DemoSummary("cli.demoData.summary.alreadyPresent", organizationsAlreadyPresent));
        }
        return lines;
    }
}
