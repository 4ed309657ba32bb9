package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Province;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import static ca.ccrweb.office.core.db.Timestamps.instant;
import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.CONTACT;
import static ca.ccrweb.office.core.db.schema.Tables.FUND_APPLICATION;
import static ca.ccrweb.office.core.db.schema.Tables.FUND_APPLICATION_EVENT;
import static ca.ccrweb.office.core.db.schema.Tables.FUND_BUDGET;
import static ca.ccrweb.office.core.db.schema.Tables.FUND_DECISION;
import static ca.ccrweb.office.core.db.schema.Tables.FUND_DISBURSEMENT;
import static ca.ccrweb.office.core.db.schema.Tables.FUND_LINE;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;
import static ca.ccrweb.office.core.db.schema.Tables.REGISTRATION;

final class FundRepository {
    private final Database database;

    FundRepository(Database database) {
        this.database = database;
    }

    void insertApplication(long id, long contactId, FundApplicationDraft draft, int year, LocalDate submittedOn,
                           Instant now) {
        database.dsl().insertInto(FUND_APPLICATION)
                .set(FUND_APPLICATION.ID, id)
                .set(FUND_APPLICATION.CONTACT_ID, contactId)
                .set(FUND_APPLICATION.ORGANIZATION_ID, draft.organizationId())
                .set(FUND_APPLICATION.STREAM, draft.stream().name())
                .set(FUND_APPLICATION.FUND_YEAR, year)
                .set(FUND_APPLICATION.PROVINCE, draft.province() == null ? null : draft.province().name())
                .set(FUND_APPLICATION.LANGUAGE, draft.language().code())
                .set(FUND_APPLICATION.STATUS, ApplicationStatus.SUBMITTED.name())
                .set(FUND_APPLICATION.SUBMITTED_ON, submittedOn)
                .set(FUND_APPLICATION.STATUS_SINCE, utc(now))
                .set(FUND_APPLICATION.CREATED_AT, utc(now))
                .set(FUND_APPLICATION.UPDATED_AT, utc(now))
                .execute();
    }

    void updateApplication(long id, long contactId, FundApplicationDraft draft, int year, LocalDate submittedOn,
                           Instant now) {
        database.dsl().update(FUND_APPLICATION)
                .set(FUND_APPLICATION.CONTACT_ID, contactId)
                .set(FUND_APPLICATION.ORGANIZATION_ID, draft.organizationId())
                .set(FUND_APPLICATION.STREAM, draft.stream().name())
                .set(FUND_APPLICATION.FUND_YEAR, year)
                .set(FUND_APPLICATION.PROVINCE, draft.province() == null ? null : draft.province().name())
                .set(FUND_APPLICATION.LANGUAGE, draft.language().code())
                .set(FUND_APPLICATION.SUBMITTED_ON, submittedOn)
                .set(FUND_APPLICATION.UPDATED_AT, utc(now))
                .where(FUND_APPLICATION.ID.eq(id))
                .execute();
    }

    /** Replaces the consultations and expense lines of an application (awarded amounts start empty). */
    void replaceEventsAndLines(long id, List<Long> eventIds, List<RequestedLine> lines) {
        var dsl = database.dsl();
        dsl.deleteFrom(FUND_APPLICATION_EVENT).where(FUND_APPLICATION_EVENT.APPLICATION_ID.eq(id)).execute();
        dsl.deleteFrom(FUND_LINE).where(FUND_LINE.APPLICATION_ID.eq(id)).execute();
        for (long eventId : eventIds) {
            dsl.insertInto(FUND_APPLICATION_EVENT).set(FUND_APPLICATION_EVENT.APPLICATION_ID, id)
                    .set(FUND_APPLICATION_EVENT.EVENT_ID, eventId).execute();
        }
        for (RequestedLine line : lines) {
            dsl.insertInto(FUND_LINE).set(FUND_LINE.APPLICATION_ID, id)
                    .set(FUND_LINE.EXPENSE, line.expense().name())
                    .set(FUND_LINE.REQUESTED_CENTS, line.requestedCents())
                    .set(FUND_LINE.JUSTIFICATION, line.justification())
                    .execute();
        }
    }

    void setStatus(long id, ApplicationStatus status, String reason, Instant now) {
        database.dsl().update(FUND_APPLICATION)
                .set(FUND_APPLICATION.STATUS, status.name())
                .set(FUND_APPLICATION.REASON, reason)
                .set(FUND_APPLICATION.STATUS_SINCE, utc(now))
                .set(FUND_APPLICATION.UPDATED_AT, utc(now))
                .where(FUND_APPLICATION.ID.eq(id))
                .execute();
    }

    void setAwarded(long id, Map<ExpenseLine, Long> awarded) {
        var dsl = database.dsl();
        for (Map.Entry<ExpenseLine, Long> line : awarded.entrySet()) {
            dsl.update(FUND_LINE).set(FUND_LINE.AWARDED_CENTS, line.getValue())
                    .where(FUND_LINE.APPLICATION_ID.eq(id).and(FUND_LINE.EXPENSE.eq(line.getKey().name())))
                    .execute();
        }
    }

    void insertDecision(long id, long applicationId, FundDecision decision) {
        database.dsl().insertInto(FUND_DECISION)
                .set(FUND_DECISION.ID, id)
                .set(FUND_DECISION.APPLICATION_ID, applicationId)
                .set(FUND_DECISION.FROM_STATUS, decision.from().name())
                .set(FUND_DECISION.TO_STATUS, decision.to().name())
                .set(FUND_DECISION.REASON, decision.reason())
                .set(FUND_DECISION.OVERRIDE_REASON, decision.overrideReason())
                .set(FUND_DECISION.AWARDED_CENTS, decision.awardedCents())
                .set(FUND_DECISION.MOVED_UP, decision.movedUp())
                .set(FUND_DECISION.ACTOR, decision.actor())
                .set(FUND_DECISION.OCCURRED_AT, utc(decision.occurredAt()))
                .execute();
    }

    List<FundDecision> decisions(long applicationId) {
        return database.dsl().selectFrom(FUND_DECISION).where(FUND_DECISION.APPLICATION_ID.eq(applicationId))
                .orderBy(FUND_DECISION.OCCURRED_AT, FUND_DECISION.ID)
                .fetch(r -> new FundDecision(ApplicationStatus.valueOf(r.getFromStatus()),
                        ApplicationStatus.valueOf(r.getToStatus()), r.getReason(), r.getOverrideReason(),
                        r.getAwardedCents(), Boolean.TRUE.equals(r.getMovedUp()), r.getActor(), instant(r.getOccurredAt())));
    }

    Optional<FundApplication> find(long id) {
        return select(FUND_APPLICATION.ID.eq(id)).stream().findFirst();
    }

    List<FundApplication> ofYear(Integer year) {
        return select(year == null ? DSL.noCondition() : FUND_APPLICATION.FUND_YEAR.eq(year));
    }

    /** The waitlisted applications of one year and stream, longest waiting first. */
    List<FundApplication> waitlisted(int year, FundStream stream) {
        return select(FUND_APPLICATION.FUND_YEAR.eq(year).and(FUND_APPLICATION.STREAM.eq(stream.name()))
                .and(FUND_APPLICATION.STATUS.eq(ApplicationStatus.WAITLISTED.name()))).stream()
                .sorted(Comparator.comparing(FundApplication::statusSince)
                        .thenComparing(FundApplication::id))
                .toList();
    }

    List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(database.dsl().selectDistinct(FUND_APPLICATION.FUND_YEAR)
                .from(FUND_APPLICATION).fetch(FUND_APPLICATION.FUND_YEAR));
        years.addAll(database.dsl().selectDistinct(FUND_BUDGET.FUND_YEAR).from(FUND_BUDGET)
                .fetch(FUND_BUDGET.FUND_YEAR));
        return new ArrayList<>(years.descendingSet());
    }

    long allocated(int year, FundStream stream) {
        Long cents = database.dsl().select(FUND_BUDGET.ALLOCATED_CENTS).from(FUND_BUDGET)
                .where(FUND_BUDGET.FUND_YEAR.eq(year).and(FUND_BUDGET.STREAM.eq(stream.name())))
                .fetchOne(FUND_BUDGET.ALLOCATED_CENTS);
        return cents == null ? 0 : cents;
    }

    /** Whether the board's budget of that stream and year was set at all (a budget never set reads as zero). */
    boolean budgetSet(int year, FundStream stream) {
        return database.dsl().fetchExists(FUND_BUDGET,
                FUND_BUDGET.FUND_YEAR.eq(year).and(FUND_BUDGET.STREAM.eq(stream.name())));
    }

    void setAllocated(int year, FundStream stream, long cents, Instant now) {
        var dsl = database.dsl();
        int updated = dsl.update(FUND_BUDGET).set(FUND_BUDGET.ALLOCATED_CENTS, cents)
                .set(FUND_BUDGET.UPDATED_AT, utc(now))
                .where(FUND_BUDGET.FUND_YEAR.eq(year).and(FUND_BUDGET.STREAM.eq(stream.name()))).execute();
        if (updated == 0) {
            dsl.insertInto(FUND_BUDGET).set(FUND_BUDGET.FUND_YEAR, year).set(FUND_BUDGET.STREAM, stream.name())
                    .set(FUND_BUDGET.ALLOCATED_CENTS, cents).set(FUND_BUDGET.UPDATED_AT, utc(now)).execute();
        }
    }

    /**
     * The budget of one year and stream, summed by the database in cents: committed is what selected awards
     * grant plus what was already paid on awards later declined or withdrawn (money out cannot come back).
     */
    BudgetLine budget(int year, FundStream stream) {
        Condition ofStream = FUND_APPLICATION.FUND_YEAR.eq(year).and(FUND_APPLICATION.STREAM.eq(stream.name()));
        var dsl = database.dsl();
        BigDecimal awarded = dsl.select(DSL.sum(FUND_LINE.AWARDED_CENTS)).from(FUND_LINE)
                .join(FUND_APPLICATION).on(FUND_APPLICATION.ID.eq(FUND_LINE.APPLICATION_ID))
                .where(ofStream.and(FUND_APPLICATION.STATUS.eq(ApplicationStatus.SELECTED.name())))
                .fetchOne(0, BigDecimal.class);
        BigDecimal paidOnSelected = dsl.select(DSL.sum(FUND_DISBURSEMENT.AMOUNT_CENTS)).from(FUND_DISBURSEMENT)
                .join(FUND_APPLICATION).on(FUND_APPLICATION.ID.eq(FUND_DISBURSEMENT.APPLICATION_ID))
                .where(ofStream.and(FUND_APPLICATION.STATUS.eq(ApplicationStatus.SELECTED.name())))
                .fetchOne(0, BigDecimal.class);
        BigDecimal paidOnOthers = dsl.select(DSL.sum(FUND_DISBURSEMENT.AMOUNT_CENTS)).from(FUND_DISBURSEMENT)
                .join(FUND_APPLICATION).on(FUND_APPLICATION.ID.eq(FUND_DISBURSEMENT.APPLICATION_ID))
                .where(ofStream.and(FUND_APPLICATION.STATUS.ne(ApplicationStatus.SELECTED.name())))
                .fetchOne(0, BigDecimal.class);
        long others = cents(paidOnOthers);
        return new BudgetLine(year, stream, allocated(year, stream), cents(awarded) + others,
                cents(paidOnSelected) + others);
    }

    void insertDisbursement(Disbursement disbursement, Instant now) {
        database.dsl().insertInto(FUND_DISBURSEMENT)
                .set(FUND_DISBURSEMENT.ID, disbursement.id())
                .set(FUND_DISBURSEMENT.APPLICATION_ID, disbursement.applicationId())
                .set(FUND_DISBURSEMENT.EXPENSE, disbursement.expense().name())
                .set(FUND_DISBURSEMENT.AMOUNT_CENTS, disbursement.amountCents())
                .set(FUND_DISBURSEMENT.PAID_ON, disbursement.paidOn())
                .set(FUND_DISBURSEMENT.METHOD, disbursement.method().name())
                .set(FUND_DISBURSEMENT.RECEIPT_REFERENCE, disbursement.receiptReference())
                .set(FUND_DISBURSEMENT.RECORDED_BY, disbursement.recordedBy())
                .set(FUND_DISBURSEMENT.RECORDED_AT, utc(now))
                .execute();
    }

    List<Disbursement> disbursements(long applicationId) {
        return database.dsl().selectFrom(FUND_DISBURSEMENT)
                .where(FUND_DISBURSEMENT.APPLICATION_ID.eq(applicationId))
                .orderBy(FUND_DISBURSEMENT.PAID_ON, FUND_DISBURSEMENT.ID)
                .fetch(r -> new Disbursement(r.getId(), r.getApplicationId(), ExpenseLine.valueOf(r.getExpense()),
                        r.getAmountCents(), r.getPaidOn(), PaymentMethod.valueOf(r.getMethod()),
                        r.getReceiptReference(), r.getRecordedBy()));
    }

    record RegistrationAt(long registrationId, RegistrationStatus status) {
    }

    /** The applicant's registration at each named event, keyed by event. */
    Map<Long, RegistrationAt> registrations(long contactId, Collection<Long> eventIds) {
        Map<Long, RegistrationAt> found = new HashMap<>();
        database.dsl().select(REGISTRATION.EVENT_ID, REGISTRATION.ID, REGISTRATION.STATUS).from(REGISTRATION)
                .where(REGISTRATION.CONTACT_ID.eq(contactId).and(REGISTRATION.EVENT_ID.in(eventIds)))
                .forEach(row -> found.put(row.value1(),
                        new RegistrationAt(row.value2(), RegistrationStatus.valueOf(row.value3()))));
        return found;
    }

    /** Applications selected between two instants and still selected: how many, and what they award. */
    AwardsMade awardsMade(LocalDateTime from, LocalDateTime until) {
        var selectedThen = DSL.select(FUND_DECISION.APPLICATION_ID).from(FUND_DECISION)
                .where(FUND_DECISION.TO_STATUS.eq(ApplicationStatus.SELECTED.name())
                        .and(FUND_DECISION.OCCURRED_AT.ge(from)).and(FUND_DECISION.OCCURRED_AT.lt(until)));
        Condition awards = FUND_APPLICATION.STATUS.eq(ApplicationStatus.SELECTED.name())
                .and(FUND_APPLICATION.ID.in(selectedThen));
        var dsl = database.dsl();
        int count = dsl.fetchCount(FUND_APPLICATION, awards);
        BigDecimal total = dsl.select(DSL.sum(FUND_LINE.AWARDED_CENTS)).from(FUND_LINE)
                .join(FUND_APPLICATION).on(FUND_APPLICATION.ID.eq(FUND_LINE.APPLICATION_ID))
                .where(awards).fetchOne(0, BigDecimal.class);
        return new AwardsMade(count, cents(total));
    }

    private List<FundApplication> select(Condition condition) {
        var dsl = database.dsl();
        List<Record> rows = dsl.select(FUND_APPLICATION.asterisk(), CONTACT.FULL_NAME, CONTACT.EMAIL, ORGANIZATION.NAME)
                .from(FUND_APPLICATION)
                .join(CONTACT).on(CONTACT.ID.eq(FUND_APPLICATION.CONTACT_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(FUND_APPLICATION.ORGANIZATION_ID))
                .where(condition)
                .orderBy(FUND_APPLICATION.ID)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> row.get(FUND_APPLICATION.ID)).toList();
        Map<Long, List<Long>> events = new HashMap<>();
        dsl.selectFrom(FUND_APPLICATION_EVENT).where(FUND_APPLICATION_EVENT.APPLICATION_ID.in(ids))
                .orderBy(FUND_APPLICATION_EVENT.EVENT_ID)
                .forEach(r -> events.computeIfAbsent(r.getApplicationId(), id -> new ArrayList<>()).add(r.getEventId()));
        Map<Long, Map<ExpenseLine, Long>> paid = new HashMap<>();
        dsl.select(FUND_DISBURSEMENT.APPLICATION_ID, FUND_DISBURSEMENT.EXPENSE, DSL.sum(FUND_DISBURSEMENT.AMOUNT_CENTS))
                .from(FUND_DISBURSEMENT).where(FUND_DISBURSEMENT.APPLICATION_ID.in(ids))
                .groupBy(FUND_DISBURSEMENT.APPLICATION_ID, FUND_DISBURSEMENT.EXPENSE)
                .forEach(r -> paid.computeIfAbsent(r.value1(), id -> new EnumMap<>(ExpenseLine.class))
                        .put(ExpenseLine.valueOf(r.value2()), cents(r.value3())));
        Map<Long, List<FundLine>> lines = new HashMap<>();
        dsl.selectFrom(FUND_LINE).where(FUND_LINE.APPLICATION_ID.in(ids)).forEach(r -> {
            ExpenseLine expense = ExpenseLine.valueOf(r.getExpense());
            long disbursed = paid.getOrDefault(r.getApplicationId(), Map.of()).getOrDefault(expense, 0L);
            lines.computeIfAbsent(r.getApplicationId(), id -> new ArrayList<>()).add(new FundLine(expense,
                    r.getRequestedCents(), r.getAwardedCents(), r.getJustification(), disbursed));
        });
        lines.values().forEach(list -> list.sort(Comparator.comparing(FundLine::expense)));
        return rows.stream().map(row -> {
            long id = row.get(FUND_APPLICATION.ID);
            String province = row.get(FUND_APPLICATION.PROVINCE);
            return new FundApplication(id, row.get(FUND_APPLICATION.CONTACT_ID), row.get(CONTACT.FULL_NAME),
                    row.get(CONTACT.EMAIL), row.get(FUND_APPLICATION.ORGANIZATION_ID), row.get(ORGANIZATION.NAME),
                    FundStream.valueOf(row.get(FUND_APPLICATION.STREAM)), row.get(FUND_APPLICATION.FUND_YEAR),
                    province == null ? null : Province.valueOf(province),
                    Language.fromCode(row.get(FUND_APPLICATION.LANGUAGE)),
                    ApplicationStatus.valueOf(row.get(FUND_APPLICATION.STATUS)), row.get(FUND_APPLICATION.REASON),
                    row.get(FUND_APPLICATION.SUBMITTED_ON), instant(row.get(FUND_APPLICATION.STATUS_SINCE)),
                    events.getOrDefault(id, List.of()), lines.getOrDefault(id, List.of()),
                    row.get(FUND_APPLICATION.VERSION));
        }).toList();
    }

    void moveContact(long fromContactId, long toContactId) {
        database.dsl().update(FUND_APPLICATION).set(FUND_APPLICATION.CONTACT_ID, toContactId)
                .where(FUND_APPLICATION.CONTACT_ID.eq(fromContactId)).execute();
    }

    private static long cents(BigDecimal sum) {
        return sum == null ? 0 : sum.longValueExact();
    }
}
