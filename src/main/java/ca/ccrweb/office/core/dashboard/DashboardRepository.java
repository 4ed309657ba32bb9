package ca.ccrweb.office.core.dashboard;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Region;
import org.jooq.Record2;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static ca.ccrweb.office.core.db.schema.Tables.EVENT;
import static ca.ccrweb.office.core.db.schema.Tables.MEMBERSHIP_DUES;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;
import static ca.ccrweb.office.core.db.schema.Tables.PROVINCE_REGION;
import static ca.ccrweb.office.core.db.schema.Tables.REGISTRATION;

/** The dashboard's aggregates, each computed by the database (counts, minimums, sums grouped by a key). */
final class DashboardRepository {
    /** Applications waiting, and the day the oldest came in. */
    record Applications(int waiting, LocalDate oldest) {
    }

    /** Dues of active members unpaid and falling due in the window ahead, and those already late. */
    record Renewals(int dueSoon, int late) {
    }

    private final Database database;

    DashboardRepository(Database database) {
        this.database = database;
    }

    Applications applications() {
        Record2<Integer, LocalDate> applications = database.dsl().select(DSL.count(), DSL.min(ORGANIZATION.APPLIED_ON))
                .from(ORGANIZATION).where(ORGANIZATION.MEMBERSHIP_STATUS.eq(MembershipStatus.APPLIED.name()))
                .fetchSingle();
        return new Applications(applications.value1(), applications.value2());
    }

    Renewals renewals(LocalDate today, int windowDays) {
        var unpaidOfActive = MEMBERSHIP_DUES.PAID_ON.isNull()
                .and(ORGANIZATION.MEMBERSHIP_STATUS.eq(MembershipStatus.ACTIVE.name()));
        Record2<Integer, Integer> renewals = database.dsl().select(
                        DSL.count().filterWhere(MEMBERSHIP_DUES.DUE_ON.ge(today)),
                        DSL.count().filterWhere(MEMBERSHIP_DUES.DUE_ON.lt(today)))
                .from(MEMBERSHIP_DUES).join(ORGANIZATION).on(ORGANIZATION.ID.eq(MEMBERSHIP_DUES.ORGANIZATION_ID))
                .where(unpaidOfActive).and(MEMBERSHIP_DUES.DUE_ON.le(today.plusDays(windowDays)))
                .fetchSingle();
        return new Renewals(renewals.value1(), renewals.value2());
    }

    /** The first events not yet over and not cancelled, with their places taken and people waiting. */
    List<Dashboard.UpcomingEvent> upcomingEvents(LocalDate today, int limit) {
        var dsl = database.dsl();
        List<Dashboard.UpcomingEvent> events = new ArrayList<>();
        var rows = dsl.select(EVENT.ID, EVENT.TITLE_FR, EVENT.TITLE_EN, EVENT.STARTS_ON, EVENT.CITY, EVENT.CAPACITY)
                .from(EVENT)
                .where(EVENT.ENDS_ON.ge(today)).and(EVENT.STATUS.ne(EventStatus.CANCELLED.name()))
                .orderBy(EVENT.STARTS_ON, EVENT.ID).limit(limit).fetch();
        if (rows.isEmpty()) {
            return events;
        }
        List<Long> ids = rows.map(row -> row.value1());
        Map<Long, int[]> counts = new HashMap<>();
        dsl.select(REGISTRATION.EVENT_ID, REGISTRATION.STATUS, DSL.count()).from(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.in(ids))
                .groupBy(REGISTRATION.EVENT_ID, REGISTRATION.STATUS)
                .forEach(row -> {
                    RegistrationStatus status = RegistrationStatus.valueOf(row.value2());
                    int[] count = counts.computeIfAbsent(row.value1(), id -> new int[2]);
                    if (status.holdsAPlace()) {
                        count[0] += row.value3();
                    } else if (status == RegistrationStatus.WAITLISTED) {
                        count[1] += row.value3();
                    }
                });
        for (var row : rows) {
            int[] count = counts.getOrDefault(row.value1(), new int[2]);
            events.add(new Dashboard.UpcomingEvent(row.value1(), row.value2(), row.value3(), row.value4(),
                    row.value5(), row.value6(), count[0], count[1]));
        }
        return events;
    }

    Map<Region, Integer> membersByRegion() {
        Map<Region, Integer> byRegion = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            byRegion.put(region, 0);
        }
        database.dsl().select(PROVINCE_REGION.REGION, DSL.count()).from(ORGANIZATION)
                .join(PROVINCE_REGION).on(PROVINCE_REGION.PROVINCE.eq(ORGANIZATION.PROVINCE))
                .where(ORGANIZATION.MEMBERSHIP_STATUS.eq(MembershipStatus.ACTIVE.name()))
                .groupBy(PROVINCE_REGION.REGION)
                .forEach(row -> byRegion.put(Region.valueOf(row.value1()), row.value2()));
        return byRegion;
    }

    /** Grouped by day in the database (portable), then folded into years: a few hundred rows at most per year. */
    SortedMap<Integer, Integer> membersByYearJoined() {
        SortedMap<Integer, Integer> byYear = new TreeMap<>();
        database.dsl().select(ORGANIZATION.MEMBER_SINCE, DSL.count()).from(ORGANIZATION)
                .where(ORGANIZATION.MEMBERSHIP_STATUS.eq(MembershipStatus.ACTIVE.name()))
                .and(ORGANIZATION.MEMBER_SINCE.isNotNull())
                .groupBy(ORGANIZATION.MEMBER_SINCE)
                .forEach(row -> byYear.merge(row.value1().getYear(), row.value2(), Integer::sum));
        return byYear;
    }
}
