package ca.ccrweb.office.core.dashboard;

import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.fund.BudgetLine;
import ca.ccrweb.office.core.membership.Region;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What the start page shows, each figure counted by the database: applications waiting, renewals, the
 * coming events, the fund's budgets of the year, the latest lines of the audit trail (for those who may read
 * it; empty otherwise) and the active members by region and by year of joining.
 */
public record Dashboard(LocalDate today, int applicationsWaiting, LocalDate oldestApplication, int renewalsDue,
                        int renewalsOverdue, int renewalWindowDays, List<UpcomingEvent> upcomingEvents,
                        List<BudgetLine> fundBudgets, boolean activityShown, List<AuditEntry> recentActivity,
                        Map<Region, Integer> membersByRegion, SortedMap<Integer, Integer> membersByYearJoined) {

    public Dashboard {
        upcomingEvents = List.copyOf(upcomingEvents);
        fundBudgets = List.copyOf(fundBudgets);
        recentActivity = List.copyOf(recentActivity);
        membersByRegion = Map.copyOf(membersByRegion);
    }

    /** Days the oldest application has waited; 0 when none waits. */
    public long oldestApplicationDays() {
        return oldestApplication == null ? 0 : ChronoUnit.DAYS.between(oldestApplication, today);
    }

    public int activeMembers() {
        return membersByRegion.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** An event to come with its places taken (of its capacity, null when unlimited) and people waiting. */
    public record UpcomingEvent(long id, String titleFr, String titleEn, LocalDate startsOn, String city,
                                Integer capacity, int taken, int waitlisted) {
    }
}
