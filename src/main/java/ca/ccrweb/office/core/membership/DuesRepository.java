package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.db.Database;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static ca.ccrweb.office.core.db.schema.Tables.DUES_BRACKET;
import static ca.ccrweb.office.core.db.schema.Tables.MEMBERSHIP_DUES;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;

final class DuesRepository {
    private final Database database;

    DuesRepository(Database database) {
        this.database = database;
    }

    List<DuesBracket> brackets() {
        return database.dsl().selectFrom(DUES_BRACKET).orderBy(DUES_BRACKET.FEE_CENTS)
                .fetch(r -> new DuesBracket(r.getId(), r.getLabelEn(), r.getLabelFr(), r.getMaxBudgetCents(),
                        r.getFeeCents()));
    }

    Optional<DuesBracket> bracket(long id) {
        return brackets().stream().filter(bracket -> bracket.id() == id).findFirst();
    }

    void insert(MembershipDues dues) {
        database.dsl().insertInto(MEMBERSHIP_DUES)
                .set(MEMBERSHIP_DUES.ORGANIZATION_ID, dues.organizationId())
                .set(MEMBERSHIP_DUES.DUES_YEAR, dues.year())
                .set(MEMBERSHIP_DUES.AMOUNT_CENTS, dues.amountCents())
                .set(MEMBERSHIP_DUES.DUE_ON, dues.dueOn())
                .execute();
    }

    void markPaid(long organizationId, int year, LocalDate paidOn) {
        database.dsl().update(MEMBERSHIP_DUES)
                .set(MEMBERSHIP_DUES.PAID_ON, paidOn)
                .where(MEMBERSHIP_DUES.ORGANIZATION_ID.eq(organizationId))
                .and(MEMBERSHIP_DUES.DUES_YEAR.eq(year))
                .execute();
    }

    Optional<MembershipDues> find(long organizationId, int year) {
        return database.dsl().selectFrom(MEMBERSHIP_DUES)
                .where(MEMBERSHIP_DUES.ORGANIZATION_ID.eq(organizationId))
                .and(MEMBERSHIP_DUES.DUES_YEAR.eq(year))
                .fetchOptional(DuesRepository::toDues);
    }

    List<MembershipDues> of(long organizationId) {
        return database.dsl().selectFrom(MEMBERSHIP_DUES)
                .where(MEMBERSHIP_DUES.ORGANIZATION_ID.eq(organizationId))
                .orderBy(MEMBERSHIP_DUES.DUES_YEAR.desc())
                .fetch(DuesRepository::toDues);
    }

    /** Unpaid dues of active members that fell due before the given day. */
    List<MembershipDues> unpaidOfActiveMembersDueBefore(LocalDate day) {
        return database.dsl().select(MEMBERSHIP_DUES.fields())
                .from(MEMBERSHIP_DUES)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(MEMBERSHIP_DUES.ORGANIZATION_ID))
                .where(MEMBERSHIP_DUES.PAID_ON.isNull())
                .and(MEMBERSHIP_DUES.DUE_ON.lt(day))
                .and(ORGANIZATION.MEMBERSHIP_STATUS.eq(MembershipStatus.ACTIVE.name()))
                .orderBy(MEMBERSHIP_DUES.ORGANIZATION_ID, MEMBERSHIP_DUES.DUES_YEAR)
                .fetch(r -> toDues(r.into(MEMBERSHIP_DUES)));
    }

    private static MembershipDues toDues(ca.ccrweb.office.core.db.schema.tables.records.MembershipDuesRecord r) {
        return new MembershipDues(r.getOrganizationId(), r.getDuesYear(), r.getAmountCents(), r.getDueOn(),
                r.getPaidOn());
    }
}
