package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.schema.tables.records.DuesPaymentRecord;
import ca.ccrweb.office.core.db.schema.tables.records.MembershipDuesRecord;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.l10n.Language;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static ca.ccrweb.office.core.db.Timestamps.instant;
import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.DUES_BRACKET;
import static ca.ccrweb.office.core.db.schema.Tables.DUES_PAYMENT;
import static ca.ccrweb.office.core.db.schema.Tables.DUES_RATE;
import static ca.ccrweb.office.core.db.schema.Tables.DUES_SETTING;
import static ca.ccrweb.office.core.db.schema.Tables.MEMBERSHIP_DUES;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION_DUES_BRACKET;
import static ca.ccrweb.office.core.db.schema.Tables.VOTING_DELEGATE;

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

    /** The amounts the office set for a year, by bracket id; empty while it set none. */
    Map<Long, Long> ratesOf(int year) {
        Map<Long, Long> rates = new HashMap<>();
        database.dsl().selectFrom(DUES_RATE).where(DUES_RATE.DUES_YEAR.eq(year))
                .forEach(r -> rates.put(r.getBracketId(), r.getFeeCents()));
        return rates;
    }

    void replaceRates(int year, Map<Long, Long> feesByBracket) {
        var dsl = database.dsl();
        dsl.deleteFrom(DUES_RATE).where(DUES_RATE.DUES_YEAR.eq(year)).execute();
        feesByBracket.forEach((bracketId, fee) -> dsl.insertInto(DUES_RATE)
                .set(DUES_RATE.DUES_YEAR, year)
                .set(DUES_RATE.BRACKET_ID, bracketId)
                .set(DUES_RATE.FEE_CENTS, fee)
                .execute());
    }

    Optional<Long> bracketOf(long organizationId) {
        return database.dsl().select(ORGANIZATION_DUES_BRACKET.BRACKET_ID).from(ORGANIZATION_DUES_BRACKET)
                .where(ORGANIZATION_DUES_BRACKET.ORGANIZATION_ID.eq(organizationId))
                .fetchOptional(ORGANIZATION_DUES_BRACKET.BRACKET_ID);
    }

    Map<Long, Long> bracketsOfAll() {
        Map<Long, Long> brackets = new HashMap<>();
        database.dsl().selectFrom(ORGANIZATION_DUES_BRACKET)
                .forEach(r -> brackets.put(r.getOrganizationId(), r.getBracketId()));
        return brackets;
    }

    void setBracket(long organizationId, long bracketId) {
        var dsl = database.dsl();
        dsl.deleteFrom(ORGANIZATION_DUES_BRACKET).where(ORGANIZATION_DUES_BRACKET.ORGANIZATION_ID.eq(organizationId))
                .execute();
        dsl.insertInto(ORGANIZATION_DUES_BRACKET)
                .set(ORGANIZATION_DUES_BRACKET.ORGANIZATION_ID, organizationId)
                .set(ORGANIZATION_DUES_BRACKET.BRACKET_ID, bracketId)
                .execute();
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

    /** The organizations that already owe dues for the year. */
    Set<Long> assessedIn(int year) {
        return new HashSet<>(database.dsl().select(MEMBERSHIP_DUES.ORGANIZATION_ID).from(MEMBERSHIP_DUES)
                .where(MEMBERSHIP_DUES.DUES_YEAR.eq(year)).fetch(MEMBERSHIP_DUES.ORGANIZATION_ID));
    }

    /** Dues with what was paid against them, newest year first, then by organization name. */
    List<DuesLine> lines(Condition condition) {
        Field<BigDecimal> paid = DSL.field(DSL.select(DSL.coalesce(DSL.sum(DUES_PAYMENT.AMOUNT_CENTS), BigDecimal.ZERO))
                .from(DUES_PAYMENT)
                .where(DUES_PAYMENT.ORGANIZATION_ID.eq(MEMBERSHIP_DUES.ORGANIZATION_ID))
                .and(DUES_PAYMENT.DUES_YEAR.eq(MEMBERSHIP_DUES.DUES_YEAR))).as("paid_cents");
        return database.dsl().select(MEMBERSHIP_DUES.ORGANIZATION_ID, ORGANIZATION.NAME, ORGANIZATION.LANGUAGE,
                        ORGANIZATION.MEMBERSHIP_STATUS, MEMBERSHIP_DUES.DUES_YEAR, MEMBERSHIP_DUES.AMOUNT_CENTS, paid,
                        MEMBERSHIP_DUES.DUE_ON, MEMBERSHIP_DUES.PAID_ON)
                .from(MEMBERSHIP_DUES)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(MEMBERSHIP_DUES.ORGANIZATION_ID))
                .where(condition)
                .orderBy(MEMBERSHIP_DUES.DUES_YEAR.desc(), ORGANIZATION.NAME)
                .fetch(r -> new DuesLine(r.value1(), r.value2(), Language.fromCode(r.value3()),
                        MembershipStatus.valueOf(r.value4()), r.value5(), r.value6(), r.value7().longValue(),
                        r.value8(), r.value9()));
    }

    void insertPayment(DuesPayment payment) {
        database.dsl().insertInto(DUES_PAYMENT)
                .set(DUES_PAYMENT.ID, payment.id())
                .set(DUES_PAYMENT.ORGANIZATION_ID, payment.organizationId())
                .set(DUES_PAYMENT.DUES_YEAR, payment.year())
                .set(DUES_PAYMENT.AMOUNT_CENTS, payment.amountCents())
                .set(DUES_PAYMENT.PAID_ON, payment.paidOn())
                .set(DUES_PAYMENT.METHOD, payment.method().name())
                .set(DUES_PAYMENT.REFERENCE, payment.reference())
                .set(DUES_PAYMENT.RECORDED_BY, payment.recordedBy())
                .set(DUES_PAYMENT.RECORDED_AT, utc(payment.recordedAt()))
                .execute();
    }

    List<DuesPayment> payments(long organizationId) {
        return database.dsl().selectFrom(DUES_PAYMENT)
                .where(DUES_PAYMENT.ORGANIZATION_ID.eq(organizationId))
                .orderBy(DUES_PAYMENT.PAID_ON.desc(), DUES_PAYMENT.ID.desc())
                .fetch(DuesRepository::toPayment);
    }

    int graceDays() {
        return database.dsl().select(DUES_SETTING.GRACE_DAYS).from(DUES_SETTING).where(DUES_SETTING.ID.eq(1))
                .fetchSingle(DUES_SETTING.GRACE_DAYS);
    }

    void setGraceDays(int days) {
        database.dsl().update(DUES_SETTING).set(DUES_SETTING.GRACE_DAYS, days).where(DUES_SETTING.ID.eq(1)).execute();
    }

    Optional<Long> delegateOf(long organizationId) {
        return database.dsl().select(VOTING_DELEGATE.ACCOUNT_ID).from(VOTING_DELEGATE)
                .where(VOTING_DELEGATE.ORGANIZATION_ID.eq(organizationId)).fetchOptional(VOTING_DELEGATE.ACCOUNT_ID);
    }

    Map<Long, Long> delegates() {
        Map<Long, Long> delegates = new HashMap<>();
        database.dsl().selectFrom(VOTING_DELEGATE).forEach(r -> delegates.put(r.getOrganizationId(), r.getAccountId()));
        return delegates;
    }

    void setDelegate(long organizationId, Long accountId) {
        var dsl = database.dsl();
        dsl.deleteFrom(VOTING_DELEGATE).where(VOTING_DELEGATE.ORGANIZATION_ID.eq(organizationId)).execute();
        if (accountId != null) {
            dsl.insertInto(VOTING_DELEGATE)
                    .set(VOTING_DELEGATE.ORGANIZATION_ID, organizationId)
                    .set(VOTING_DELEGATE.ACCOUNT_ID, accountId)
                    .execute();
        }
    }

    /** Organizations owing dues that fell due by that day and were not paid in full by then. */
    Set<Long> inArrearsOn(LocalDate day) {
        return new HashSet<>(database.dsl().selectDistinct(MEMBERSHIP_DUES.ORGANIZATION_ID).from(MEMBERSHIP_DUES)
                .where(MEMBERSHIP_DUES.DUE_ON.le(day))
                .and(MEMBERSHIP_DUES.PAID_ON.isNull().or(MEMBERSHIP_DUES.PAID_ON.gt(day)))
                .fetch(MEMBERSHIP_DUES.ORGANIZATION_ID));
    }

    private static MembershipDues toDues(MembershipDuesRecord r) {
        return new MembershipDues(r.getOrganizationId(), r.getDuesYear(), r.getAmountCents(), r.getDueOn(),
                r.getPaidOn());
    }

    private static DuesPayment toPayment(DuesPaymentRecord r) {
        return new DuesPayment(r.getId(), r.getOrganizationId(), r.getDuesYear(), r.getAmountCents(), r.getPaidOn(),
                PaymentMethod.valueOf(r.getMethod()), r.getReference(), r.getRecordedBy(), instant(r.getRecordedAt()));
    }
}
