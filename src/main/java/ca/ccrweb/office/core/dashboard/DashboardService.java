package ca.ccrweb.office.core.dashboard;

import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.audit.AuditFilter;
import ca.ccrweb.office.core.audit.AuditTrail;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.fund.FundService;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The start page's figures. Every one is an aggregate the database computes (counts, minimums, sums grouped
 * by a key), so the page costs the same whether the office holds a hundred registrations or a hundred thousand.
 */
public final class DashboardService {
    public static final int RENEWAL_WINDOW_DAYS = 30;
    public static final int UPCOMING_EVENTS = 5;
    public static final int RECENT_ACTIVITY = 8;

    private final DashboardRepository figures;
    private final FundService fund;
    private final AuditTrail auditTrail;
    private final Access access;
    private final Clock clock;

    public DashboardService(Database database, FundService fund, AuditTrail auditTrail, Access access, Clock clock) {
        this.figures = new DashboardRepository(database);
        this.fund = fund;
        this.auditTrail = auditTrail;
        this.access = access;
        this.clock = clock;
    }

    public Dashboard load() {
        access.require(Permission.VIEW_DATA, "VIEW_DASHBOARD");
        LocalDate today = LocalDate.now(clock);
        DashboardRepository.Applications applications = figures.applications();
        DashboardRepository.Renewals renewals = figures.renewals(today, RENEWAL_WINDOW_DAYS);
        boolean activityShown = access.allows(Permission.VIEW_AUDIT);
        List<AuditEntry> activity = activityShown ? auditTrail.search(AuditFilter.everything(), RECENT_ACTIVITY)
                : List.of();
        return new Dashboard(today, applications.waiting(), applications.oldest(), renewals.dueSoon(), renewals.late(),
                RENEWAL_WINDOW_DAYS, figures.upcomingEvents(today, UPCOMING_EVENTS), fund.budgets(today.getYear()),
                activityShown, activity, figures.membersByRegion(), figures.membersByYearJoined());
    }
}
