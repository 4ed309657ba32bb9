package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.db.Database;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Yearly membership dues by budget bracket. Dues unpaid after the grace period lapse the membership
 * (and its accounts lose access); paying the dues of a lapsed member renews it.
 */
public final class DuesService {
    private final Database database;
    private final DuesRepository dues;
    private final MembershipService membership;
    private final Clock clock;
    private final AuditLog audit;
    private final Access access;

    public DuesService(Database database, MembershipService membership, Clock clock, AuditLog audit,
                       Access access) {
        this.database = database;
        this.dues = new DuesRepository(database);
        this.membership = membership;
        this.clock = clock;
        this.audit = audit;
        this.access = access;
    }

    public List<DuesBracket> brackets() {
        return dues.brackets();
    }

    /** Records what an active member owes for a year, from its budget bracket. */
    public MembershipDues assess(long organizationId, int year, long bracketId, LocalDate dueOn) {
        access.require(Permission.MANAGE_DUES, "ASSESS_DUES");
        return database.transaction(() -> {
            Organization organization = membership.find(organizationId)
                    .orElseThrow(() -> new OfficeException("organization.error.notFound"));
            if (organization.status() != MembershipStatus.ACTIVE && organization.status() != MembershipStatus.LAPSED) {
                throw new OfficeException("dues.error.notAMember", organization.name());
            }
            if (dues.find(organizationId, year).isPresent()) {
                throw new OfficeException("dues.error.alreadyAssessed", organization.name(), year);
            }
            DuesBracket bracket = dues.bracket(bracketId)
                    .orElseThrow(() -> new OfficeException("dues.error.unknownBracket"));
            MembershipDues assessed = new MembershipDues(organizationId, year, bracket.feeCents(), dueOn, null);
            dues.insert(assessed);
            audit.changed("ASSESS_DUES", "organization", organizationId, null, assessed);
            return assessed;
        });
    }

    /** Records a payment; a member that had lapsed is renewed in the same transaction. */
    public MembershipDues recordPayment(long organizationId, int year, LocalDate paidOn) {
        access.require(Permission.MANAGE_DUES, "DUES_PAID");
        return database.transaction(() -> {
            MembershipDues owed = dues.find(organizationId, year)
                    .orElseThrow(() -> new OfficeException("dues.error.notAssessed", year));
            if (owed.paid()) {
                throw new OfficeException("dues.error.alreadyPaid", year);
            }
            dues.markPaid(organizationId, year, paidOn);
            audit.changed("DUES_PAID", "organization", organizationId, owed, dues.find(organizationId, year).orElseThrow());
            Organization organization = membership.find(organizationId).orElseThrow();
            if (organization.status() == MembershipStatus.LAPSED) {
                membership.renew(organizationId);
            }
            return dues.find(organizationId, year).orElseThrow();
        });
    }

    public List<MembershipDues> duesOf(long organizationId) {
        return dues.of(organizationId);
    }

    /** Lapses every active member whose dues are still unpaid {@code graceDays} after they fell due. */
    public List<Organization> lapseOverdueMembers(int graceDays) {
        access.require(Permission.MANAGE_DUES, "LAPSE_OVERDUE");
        LocalDate limit = LocalDate.now(clock).minusDays(graceDays);
        return database.transaction(() -> {
            List<Organization> lapsed = new ArrayList<>();
            List<Long> done = new ArrayList<>();
            for (MembershipDues overdue : dues.unpaidOfActiveMembersDueBefore(limit)) {
                if (!done.contains(overdue.organizationId())) {
                    done.add(overdue.organizationId());
                    lapsed.add(membership.lapse(overdue.organizationId(), lapseReason(overdue.year())));
                }
            }
            return lapsed;
        });
    }

    /** Recorded as the reason in both languages: staff of either language read the history. */
    private static String lapseReason(int year) {
        return "Cotisation " + year + " impayée / " + year + " dues unpaid";
    }
}
