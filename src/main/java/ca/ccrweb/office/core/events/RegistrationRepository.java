package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.schema.tables.records.RegistrationDayRecord;
import ca.ccrweb.office.core.db.schema.tables.records.RegistrationRecord;
import ca.ccrweb.office.core.db.schema.tables.records.RegistrationSessionRecord;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Region;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import static ca.ccrweb.office.core.db.Timestamps.instant;
import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.CONTACT;
import static ca.ccrweb.office.core.db.schema.Tables.FEE_RECALCULATION;
import static ca.ccrweb.office.core.db.schema.Tables.FUND_APPLICATION;
import static ca.ccrweb.office.core.db.schema.Tables.FUND_APPLICATION_EVENT;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;
import static ca.ccrweb.office.core.db.schema.Tables.PAYMENT;
import static ca.ccrweb.office.core.db.schema.Tables.PROVINCE_REGION;
import static ca.ccrweb.office.core.db.schema.Tables.RATE_CATEGORY;
import static ca.ccrweb.office.core.db.schema.Tables.REGISTRATION;
import static ca.ccrweb.office.core.db.schema.Tables.REGISTRATION_DAY;
import static ca.ccrweb.office.core.db.schema.Tables.REGISTRATION_SESSION;

final class RegistrationRepository {
    /** What was received net of refunds, and what was refunded, per registration (the payment index serves both). */
    private static final Field<BigDecimal> NET = DSL.field(DSL.select(DSL.coalesce(DSL.sum(PAYMENT.AMOUNT_CENTS),
                    BigDecimal.ZERO)).from(PAYMENT).where(PAYMENT.REGISTRATION_ID.eq(REGISTRATION.ID)))
            .as("net_cents");
    private static final Field<BigDecimal> REFUNDED = DSL.field(DSL.select(DSL.coalesce(
                    DSL.sum(PAYMENT.AMOUNT_CENTS.neg()), BigDecimal.ZERO)).from(PAYMENT)
            .where(PAYMENT.REGISTRATION_ID.eq(REGISTRATION.ID)).and(PAYMENT.AMOUNT_CENTS.lt(0L)))
            .as("refunded_cents");
    /** Whether a selected Amina Malko fund award names this event for this person: the fund pays the fee. */
    private static final Field<Boolean> COVERED_BY_FUND = DSL.field(DSL.exists(DSL.selectOne().from(FUND_APPLICATION)
                    .join(FUND_APPLICATION_EVENT).on(FUND_APPLICATION_EVENT.APPLICATION_ID.eq(FUND_APPLICATION.ID))
                    .where(FUND_APPLICATION.CONTACT_ID.eq(REGISTRATION.CONTACT_ID))
                    .and(FUND_APPLICATION_EVENT.EVENT_ID.eq(REGISTRATION.EVENT_ID))
                    .and(FUND_APPLICATION.STATUS.eq("SELECTED"))))
            .as("covered_by_fund");
    private static final Field<String> ORGANIZATION_NAME = DSL.coalesce(ORGANIZATION.NAME, REGISTRATION.ORGANIZATION_NAME)
            .as("shown_organization_name");

    private final Database database;

    RegistrationRepository(Database database) {
        this.database = database;
    }

    /** A registration the intake adds: its row, the days chosen and the status of each session chosen. */
    record NewRegistration(long id, long eventId, long contactId, Long organizationId, String organizationName,
                           long rateCategoryId, LocalDate registeredOn, long amountDueCents,
                           RegistrationStatus status, Language language, String accessibilityNeeds,
                           String dietaryNeeds, String interpretation, String childcareNeeds, Set<LocalDate> days,
                           Map<Long, RegistrationStatus> sessions) {
    }

    void insertAll(List<NewRegistration> added, Instant now) {
        if (added.isEmpty()) {
            return;
        }
        var dsl = database.dsl();
        List<RegistrationRecord> records = new ArrayList<>(added.size());
        List<RegistrationDayRecord> days = new ArrayList<>();
        List<RegistrationSessionRecord> sessions = new ArrayList<>();
        for (NewRegistration registration : added) {
            RegistrationRecord record = dsl.newRecord(REGISTRATION);
            record.setId(registration.id());
            record.setEventId(registration.eventId());
            record.setContactId(registration.contactId());
            record.setOrganizationId(registration.organizationId());
            record.setOrganizationName(registration.organizationName());
            record.setRateCategoryId(registration.rateCategoryId());
            record.setRegisteredOn(registration.registeredOn());
            record.setAmountDueCents(registration.amountDueCents());
            record.setFeeWaived(false);
            record.setStatus(registration.status().name());
            record.setLanguage(registration.language().code());
            record.setAccessibilityNeeds(registration.accessibilityNeeds());
            record.setDietaryNeeds(registration.dietaryNeeds());
            record.setInterpretation(registration.interpretation());
            record.setChildcareNeeds(registration.childcareNeeds());
            record.setCreatedAt(utc(now));
            record.setUpdatedAt(utc(now));
            records.add(record);
            registration.days().forEach(day -> days.add(new RegistrationDayRecord(registration.id(), day)));
            registration.sessions().forEach((sessionId, status) ->
                    sessions.add(new RegistrationSessionRecord(registration.id(), sessionId, status.name())));
        }
        dsl.batchInsert(records).execute();
        if (!days.isEmpty()) {
            dsl.batchInsert(days).execute();
        }
        if (!sessions.isEmpty()) {
            dsl.batchInsert(sessions).execute();
        }
    }

    List<Long> contactsRegistered(long eventId) {
        return database.dsl().select(REGISTRATION.CONTACT_ID).from(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(eventId)).fetch(REGISTRATION.CONTACT_ID);
    }

    List<LocalDate> days(long registrationId) {
        return database.dsl().select(REGISTRATION_DAY.ATTENDING_DAY).from(REGISTRATION_DAY)
                .where(REGISTRATION_DAY.REGISTRATION_ID.eq(registrationId))
                .orderBy(REGISTRATION_DAY.ATTENDING_DAY).fetch(REGISTRATION_DAY.ATTENDING_DAY);
    }

    List<SessionChoice> sessionChoices(long registrationId) {
        return database.dsl().selectFrom(REGISTRATION_SESSION)
                .where(REGISTRATION_SESSION.REGISTRATION_ID.eq(registrationId))
                .orderBy(REGISTRATION_SESSION.SESSION_ID)
                .fetch(r -> new SessionChoice(r.getSessionId(), RegistrationStatus.valueOf(r.getStatus())));
    }

    int seatsTaken(long sessionId) {
        return database.dsl().fetchCount(REGISTRATION_SESSION, REGISTRATION_SESSION.SESSION_ID.eq(sessionId)
                .and(REGISTRATION_SESSION.STATUS.eq(RegistrationStatus.REGISTERED.name())));
    }

    void removeSessionChoices(long registrationId) {
        database.dsl().deleteFrom(REGISTRATION_SESSION).where(REGISTRATION_SESSION.REGISTRATION_ID.eq(registrationId))
                .execute();
    }

    List<Long> sessionsOf(long registrationId) {
        return database.dsl().select(REGISTRATION_SESSION.SESSION_ID).from(REGISTRATION_SESSION)
                .where(REGISTRATION_SESSION.REGISTRATION_ID.eq(registrationId)
                        .and(REGISTRATION_SESSION.STATUS.eq(RegistrationStatus.REGISTERED.name())))
                .fetch(REGISTRATION_SESSION.SESSION_ID);
    }

    /** The first person waiting for a seat in the session, in the order they registered. */
    Optional<Long> firstWaitingForSession(long sessionId) {
        return database.dsl().select(REGISTRATION_SESSION.REGISTRATION_ID).from(REGISTRATION_SESSION)
                .where(REGISTRATION_SESSION.SESSION_ID.eq(sessionId)
                        .and(REGISTRATION_SESSION.STATUS.eq(RegistrationStatus.WAITLISTED.name())))
                .orderBy(REGISTRATION_SESSION.REGISTRATION_ID)
                .limit(1)
                .fetchOptional(REGISTRATION_SESSION.REGISTRATION_ID);
    }

    void setSessionStatus(long registrationId, long sessionId, RegistrationStatus status) {
        database.dsl().update(REGISTRATION_SESSION).set(REGISTRATION_SESSION.STATUS, status.name())
                .where(REGISTRATION_SESSION.REGISTRATION_ID.eq(registrationId)
                        .and(REGISTRATION_SESSION.SESSION_ID.eq(sessionId)))
                .execute();
    }

    int placesTaken(long eventId) {
        return database.dsl().fetchCount(REGISTRATION, REGISTRATION.EVENT_ID.eq(eventId).and(REGISTRATION.STATUS.in(
                RegistrationStatus.REGISTERED.name(), RegistrationStatus.ATTENDED.name(),
                RegistrationStatus.NO_SHOW.name())));
    }

    /** The event's registrations that attend this day: those that chose it, and those that chose no day (all). */
    Set<Long> attendingOn(long eventId, LocalDate day) {
        var anyDay = DSL.selectOne().from(REGISTRATION_DAY).where(REGISTRATION_DAY.REGISTRATION_ID.eq(REGISTRATION.ID));
        var thatDay = DSL.selectOne().from(REGISTRATION_DAY).where(REGISTRATION_DAY.REGISTRATION_ID.eq(REGISTRATION.ID))
                .and(REGISTRATION_DAY.ATTENDING_DAY.eq(day));
        return new HashSet<>(database.dsl().select(REGISTRATION.ID).from(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(eventId)).and(DSL.notExists(anyDay).or(DSL.exists(thatDay)))
                .fetch(REGISTRATION.ID));
    }

    /** Places taken and people waiting, per event, counted by the database in one pass. */
    Map<Long, PlaceCount> placesByEvent() {
        Map<Long, int[]> counts = new HashMap<>();
        database.dsl().select(REGISTRATION.EVENT_ID, REGISTRATION.STATUS, DSL.count()).from(REGISTRATION)
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
        Map<Long, PlaceCount> places = new HashMap<>();
        counts.forEach((eventId, count) -> places.put(eventId, new PlaceCount(count[0], count[1])));
        return places;
    }

    /** The first person on the event's waiting list: registration ids grow with time, so the smallest waited longest. */
    Optional<Long> firstWaiting(long eventId) {
        return database.dsl().select(REGISTRATION.ID).from(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(eventId).and(REGISTRATION.STATUS.eq(RegistrationStatus.WAITLISTED.name())))
                .orderBy(REGISTRATION.ID).limit(1).fetchOptional(REGISTRATION.ID);
    }

    void setStatus(long id, RegistrationStatus status, Instant checkedInAt, Instant now) {
        database.dsl().update(REGISTRATION)
                .set(REGISTRATION.STATUS, status.name())
                .set(REGISTRATION.CHECKED_IN_AT, utc(checkedInAt))
                .set(REGISTRATION.UPDATED_AT, utc(now))
                .where(REGISTRATION.ID.eq(id))
                .execute();
    }

    void update(long id, RegistrationChanges changes, long rateCategoryId, long amountDueCents, Instant now) {
        database.dsl().update(REGISTRATION)
                .set(REGISTRATION.ORGANIZATION_ID, changes.organizationId())
                .set(REGISTRATION.ORGANIZATION_NAME, changes.organizationId() == null ? changes.organizationName() : null)
                .set(REGISTRATION.RATE_CATEGORY_ID, rateCategoryId)
                .set(REGISTRATION.AMOUNT_DUE_CENTS, amountDueCents)
                .set(REGISTRATION.LANGUAGE, changes.language().code())
                .set(REGISTRATION.ACCESSIBILITY_NEEDS, changes.accessibilityNeeds())
                .set(REGISTRATION.DIETARY_NEEDS, changes.dietaryNeeds())
                .set(REGISTRATION.INTERPRETATION, changes.interpretation())
                .set(REGISTRATION.CHILDCARE_NEEDS, changes.childcareNeeds())
                .set(REGISTRATION.UPDATED_AT, utc(now))
                .where(REGISTRATION.ID.eq(id))
                .execute();
    }

    void replaceDays(long registrationId, Set<LocalDate> days) {
        var dsl = database.dsl();
        dsl.deleteFrom(REGISTRATION_DAY).where(REGISTRATION_DAY.REGISTRATION_ID.eq(registrationId)).execute();
        if (!days.isEmpty()) {
            dsl.batchInsert(days.stream().sorted().map(day -> new RegistrationDayRecord(registrationId, day)).toList())
                    .execute();
        }
    }

    void addSessionChoice(long registrationId, long sessionId, RegistrationStatus status) {
        database.dsl().insertInto(REGISTRATION_SESSION)
                .set(new RegistrationSessionRecord(registrationId, sessionId, status.name()))
                .execute();
    }

    void removeSessionChoice(long registrationId, long sessionId) {
        database.dsl().deleteFrom(REGISTRATION_SESSION)
                .where(REGISTRATION_SESSION.REGISTRATION_ID.eq(registrationId)
                        .and(REGISTRATION_SESSION.SESSION_ID.eq(sessionId)))
                .execute();
    }

    void setAmountDue(long id, long cents, Instant now) {
        database.dsl().update(REGISTRATION)
                .set(REGISTRATION.AMOUNT_DUE_CENTS, cents)
                .set(REGISTRATION.UPDATED_AT, utc(now))
                .where(REGISTRATION.ID.eq(id))
                .execute();
    }

    void setFeeWaived(long id, boolean waived, String reason, Instant now) {
        database.dsl().update(REGISTRATION)
                .set(REGISTRATION.FEE_WAIVED, waived)
                .set(REGISTRATION.FEE_WAIVED_REASON, reason)
                .set(REGISTRATION.UPDATED_AT, utc(now))
                .where(REGISTRATION.ID.eq(id))
                .execute();
    }

    void recordRecalculation(long id, long registrationId, long oldCents, long newCents, String actor, Instant now) {
        database.dsl().insertInto(FEE_RECALCULATION)
                .set(FEE_RECALCULATION.ID, id)
                .set(FEE_RECALCULATION.REGISTRATION_ID, registrationId)
                .set(FEE_RECALCULATION.OLD_CENTS, oldCents)
                .set(FEE_RECALCULATION.NEW_CENTS, newCents)
                .set(FEE_RECALCULATION.ACTOR, actor)
                .set(FEE_RECALCULATION.OCCURRED_AT, utc(now))
                .execute();
    }

    int recalculations(long registrationId) {
        return database.dsl().fetchCount(FEE_RECALCULATION, FEE_RECALCULATION.REGISTRATION_ID.eq(registrationId));
    }

    void insertPayment(Payment payment, Instant now) {
        database.dsl().insertInto(PAYMENT)
                .set(PAYMENT.ID, payment.id())
                .set(PAYMENT.REGISTRATION_ID, payment.registrationId())
                .set(PAYMENT.AMOUNT_CENTS, payment.amountCents())
                .set(PAYMENT.PAID_ON, payment.paidOn())
                .set(PAYMENT.METHOD, payment.method().name())
                .set(PAYMENT.REFERENCE, payment.reference())
                .set(PAYMENT.RECORDED_BY, payment.recordedBy())
                .set(PAYMENT.RECORDED_AT, utc(now))
                .execute();
    }

    void insertPayments(List<Payment> payments, Instant now) {
        var dsl = database.dsl();
        var records = payments.stream().map(payment -> {
            var record = dsl.newRecord(PAYMENT);
            record.setId(payment.id());
            record.setRegistrationId(payment.registrationId());
            record.setAmountCents(payment.amountCents());
            record.setPaidOn(payment.paidOn());
            record.setMethod(payment.method().name());
            record.setReference(payment.reference());
            record.setRecordedBy(payment.recordedBy());
            record.setRecordedAt(utc(now));
            return record;
        }).toList();
        if (!records.isEmpty()) {
            dsl.batchInsert(records).execute();
        }
    }

    List<Payment> payments(long registrationId) {
        return database.dsl().selectFrom(PAYMENT).where(PAYMENT.REGISTRATION_ID.eq(registrationId))
                .orderBy(PAYMENT.PAID_ON, PAYMENT.ID)
                .fetch(r -> new Payment(r.getId(), r.getRegistrationId(), r.getAmountCents(), r.getPaidOn(),
                        PaymentMethod.valueOf(r.getMethod()), r.getReference(), r.getRecordedBy()));
    }

    List<Payment> paymentsOfEvent(long eventId) {
        return database.dsl().select(PAYMENT.fields()).from(PAYMENT)
                .join(REGISTRATION).on(REGISTRATION.ID.eq(PAYMENT.REGISTRATION_ID))
                .where(REGISTRATION.EVENT_ID.eq(eventId))
                .orderBy(PAYMENT.PAID_ON, PAYMENT.ID)
                .fetch(r -> new Payment(r.get(PAYMENT.ID), r.get(PAYMENT.REGISTRATION_ID), r.get(PAYMENT.AMOUNT_CENTS),
                        r.get(PAYMENT.PAID_ON), PaymentMethod.valueOf(r.get(PAYMENT.METHOD)), r.get(PAYMENT.REFERENCE),
                        r.get(PAYMENT.RECORDED_BY)));
    }

    Optional<Registration> find(long id) {
        return select(REGISTRATION.ID.eq(id)).stream().findFirst();
    }

    /** The registration, or the "not found" refusal every service gives. */
    Registration require(long id) {
        return find(id).orElseThrow(() -> new OfficeException("registration.error.notFound"));
    }

    List<Registration> ofEvent(long eventId) {
        return select(REGISTRATION.EVENT_ID.eq(eventId));
    }

    void moveContact(long fromContactId, long toContactId) {
        database.dsl().update(REGISTRATION).set(REGISTRATION.CONTACT_ID, toContactId)
                .where(REGISTRATION.CONTACT_ID.eq(fromContactId)).execute();
    }

    private List<Registration> select(Condition condition) {
        return database.dsl().select(REGISTRATION.asterisk(), CONTACT.FULL_NAME, CONTACT.EMAIL, ORGANIZATION_NAME,
                        PROVINCE_REGION.REGION, RATE_CATEGORY.KIND, RATE_CATEGORY.LABEL_FR, RATE_CATEGORY.LABEL_EN,
                        NET, REFUNDED, COVERED_BY_FUND)
                .from(REGISTRATION)
                .join(CONTACT).on(CONTACT.ID.eq(REGISTRATION.CONTACT_ID))
                .join(RATE_CATEGORY).on(RATE_CATEGORY.ID.eq(REGISTRATION.RATE_CATEGORY_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(REGISTRATION.ORGANIZATION_ID))
                .leftJoin(PROVINCE_REGION).on(PROVINCE_REGION.PROVINCE.eq(ORGANIZATION.PROVINCE))
                .where(condition)
                .orderBy(REGISTRATION.ID)
                .fetch(RegistrationRepository::toRegistration);
    }

    private static Registration toRegistration(Record row) {
        BigDecimal net = row.get(NET);
        BigDecimal refunded = row.get(REFUNDED);
        String region = row.get(PROVINCE_REGION.REGION);
        return new Registration(
                row.get(REGISTRATION.ID),
                row.get(REGISTRATION.EVENT_ID),
                row.get(REGISTRATION.CONTACT_ID),
                row.get(CONTACT.FULL_NAME),
                row.get(CONTACT.EMAIL),
                row.get(REGISTRATION.ORGANIZATION_ID),
                row.get(ORGANIZATION_NAME),
                region == null ? null : Region.valueOf(region),
                row.get(REGISTRATION.RATE_CATEGORY_ID),
                RateKind.valueOf(row.get(RATE_CATEGORY.KIND)),
                row.get(RATE_CATEGORY.LABEL_FR),
                row.get(RATE_CATEGORY.LABEL_EN),
                row.get(REGISTRATION.REGISTERED_ON),
                row.get(REGISTRATION.AMOUNT_DUE_CENTS),
                net == null ? 0 : net.longValueExact(),
                refunded == null ? 0 : refunded.longValueExact(),
                Boolean.TRUE.equals(row.get(REGISTRATION.FEE_WAIVED)),
                RegistrationStatus.valueOf(row.get(REGISTRATION.STATUS)),
                Language.fromCode(row.get(REGISTRATION.LANGUAGE)),
                row.get(REGISTRATION.ACCESSIBILITY_NEEDS),
                row.get(REGISTRATION.DIETARY_NEEDS),
                row.get(REGISTRATION.INTERPRETATION),
                row.get(REGISTRATION.CHILDCARE_NEEDS),
                instant(row.get(REGISTRATION.CHECKED_IN_AT)),
                instant(row.get(REGISTRATION.CREATED_AT)),
                Boolean.TRUE.equals(row.get(COVERED_BY_FUND)),
                row.get(REGISTRATION.FEE_WAIVED_REASON),
                row.get(REGISTRATION.VERSION));
    }
}
