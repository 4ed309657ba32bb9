package ca.ccrweb.office.core.cases;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.membership.Province;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ca.ccrweb.office.core.db.Timestamps.instant;
import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.CASE_DOCUMENT;
import static ca.ccrweb.office.core.db.schema.Tables.CASE_FILE;
import static ca.ccrweb.office.core.db.schema.Tables.CASE_KEY;
import static ca.ccrweb.office.core.db.schema.Tables.CASE_PERSON;
import static ca.ccrweb.office.core.db.schema.Tables.CASE_RETENTION;
import static ca.ccrweb.office.core.db.schema.Tables.CASE_STEP;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;

/** The case tables; sealed columns go in and come out as bytes, the service seals and opens them. */
final class CaseRepository {
    private final Database database;

    CaseRepository(Database database) {
        this.database = database;
    }

    // The case itself

    void insert(long id, String reference, CaseDraft draft, Province province, Instant now) {
        database.dsl().insertInto(CASE_FILE)
                .set(CASE_FILE.ID, id)
                .set(CASE_FILE.REFERENCE, reference)
                .set(CASE_FILE.LEGAL_HOLD, false)
                .set(CASE_FILE.CREATED_AT, utc(now))
                .set(fields(draft, province, now))
                .execute();
    }

    void update(long id, CaseDraft draft, Province province, Instant now) {
        database.dsl().update(CASE_FILE).set(fields(draft, province, now)).where(CASE_FILE.ID.eq(id)).execute();
    }

    private static Map<Field<?>, Object> fields(CaseDraft draft, Province province, Instant now) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(CASE_FILE.KIND, draft.kind().name());
        values.put(CASE_FILE.STATUS, CaseStatus.of(draft.raisedOn(), draft.answeredOn(), draft.closedOn()).name());
        values.put(CASE_FILE.ORGANIZATION_ID, draft.organizationId());
        values.put(CASE_FILE.PROVINCE, province == null ? null : province.name());
        values.put(CASE_FILE.MEMBER_CONTACT_NAME, draft.memberContactName());
        values.put(CASE_FILE.MEMBER_CONTACT_EMAIL, draft.memberContactEmail());
        values.put(CASE_FILE.STAFF_IN_CHARGE, draft.staffInCharge());
        values.put(CASE_FILE.RECEIVED_ON, draft.receivedOn());
        values.put(CASE_FILE.RAISED_ON, draft.raisedOn());
        values.put(CASE_FILE.ANSWERED_ON, draft.answeredOn());
        values.put(CASE_FILE.CLOSED_ON, draft.closedOn());
        values.put(CASE_FILE.GOVERNMENT_OFFICE, draft.governmentOffice());
        values.put(CASE_FILE.GOVERNMENT_REFERENCE, draft.governmentReference());
        values.put(CASE_FILE.OUTCOME, draft.outcome() == null ? null : draft.outcome().name());
        values.put(CASE_FILE.UPDATED_AT, utc(now));
        return values;
    }

    void setLegalHold(long id, boolean hold, Instant now) {
        database.dsl().update(CASE_FILE).set(CASE_FILE.LEGAL_HOLD, hold).set(CASE_FILE.UPDATED_AT, utc(now))
                .where(CASE_FILE.ID.eq(id)).execute();
    }

    void touch(long id, Instant now) {
        database.dsl().update(CASE_FILE).set(CASE_FILE.UPDATED_AT, utc(now)).where(CASE_FILE.ID.eq(id)).execute();
    }

    int countReceivedIn(int year) {
        return database.dsl().fetchCount(CASE_FILE, CASE_FILE.REFERENCE.like(year + "-%"));
    }

    List<CaseSummary> summaries() {
        return database.dsl().select(CASE_FILE.asterisk(), ORGANIZATION.NAME).from(CASE_FILE)
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(CASE_FILE.ORGANIZATION_ID))
                .where(CASE_FILE.PURGED_AT.isNull())
                .orderBy(CASE_FILE.RECEIVED_ON.desc(), CASE_FILE.REFERENCE.desc())
                .fetch(CaseRepository::summary);
    }

    Optional<CaseSummary> summary(long id) {
        return database.dsl().select(CASE_FILE.asterisk(), ORGANIZATION.NAME).from(CASE_FILE)
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(CASE_FILE.ORGANIZATION_ID))
                .where(CASE_FILE.ID.eq(id))
                .fetchOptional(CaseRepository::summary);
    }

    Optional<CaseDraft> details(long id) {
        return database.dsl().selectFrom(CASE_FILE).where(CASE_FILE.ID.eq(id)).fetchOptional(r -> new CaseDraft(
                CaseKind.valueOf(r.getKind()), r.getOrganizationId(), r.getMemberContactName(),
                r.getMemberContactEmail(), r.getStaffInCharge(), r.getReceivedOn(), r.getRaisedOn(),
                r.getAnsweredOn(), r.getClosedOn(), r.getGovernmentOffice(), r.getGovernmentReference(),
                r.getOutcome() == null ? null : CaseOutcome.valueOf(r.getOutcome())));
    }

    private static CaseSummary summary(Record r) {
        String province = r.get(CASE_FILE.PROVINCE);
        String outcome = r.get(CASE_FILE.OUTCOME);
        return new CaseSummary(r.get(CASE_FILE.ID), r.get(CASE_FILE.REFERENCE), CaseKind.valueOf(r.get(CASE_FILE.KIND)),
                CaseStatus.valueOf(r.get(CASE_FILE.STATUS)), r.get(CASE_FILE.ORGANIZATION_ID), r.get(ORGANIZATION.NAME),
                province == null ? null : Province.valueOf(province), r.get(CASE_FILE.STAFF_IN_CHARGE),
                r.get(CASE_FILE.RECEIVED_ON), r.get(CASE_FILE.CLOSED_ON),
                outcome == null ? null : CaseOutcome.valueOf(outcome), Boolean.TRUE.equals(r.get(CASE_FILE.LEGAL_HOLD)));
    }

    List<CaseCount> counts() {
        return database.dsl().select(CASE_FILE.KIND, CASE_FILE.STATUS, DSL.count()).from(CASE_FILE)
                .groupBy(CASE_FILE.KIND, CASE_FILE.STATUS)
                .fetch(r -> new CaseCount(CaseKind.valueOf(r.value1()), CaseStatus.valueOf(r.value2()), r.value3()));
    }

    /** Counts by year received, kind, outcome and province, purged skeletons included. */
    List<CaseStatistic> statistics(LocalDate from, LocalDate until) {
        return database.dsl().select(CASE_FILE.RECEIVED_ON, CASE_FILE.KIND, CASE_FILE.OUTCOME, CASE_FILE.PROVINCE)
                .from(CASE_FILE)
                .where(CASE_FILE.RECEIVED_ON.ge(from).and(CASE_FILE.RECEIVED_ON.lt(until)))
                .fetch(r -> new CaseStatistic(r.value1().getYear(), CaseKind.valueOf(r.value2()),
                        r.value3() == null ? null : CaseOutcome.valueOf(r.value3()),
                        r.value4() == null ? null : Province.valueOf(r.value4()), 1));
    }

    /** Closed cases not purged yet, with their kind and closing date, for the retention review. */
    List<RetentionDue> closedCases() {
        return database.dsl().select(CASE_FILE.ID, CASE_FILE.REFERENCE, CASE_FILE.KIND, CASE_FILE.CLOSED_ON,
                        CASE_FILE.LEGAL_HOLD).from(CASE_FILE)
                .where(CASE_FILE.CLOSED_ON.isNotNull().and(CASE_FILE.PURGED_AT.isNull()))
                .orderBy(CASE_FILE.CLOSED_ON, CASE_FILE.REFERENCE)
                .fetch(r -> new RetentionDue(r.value1(), r.value2(), CaseKind.valueOf(r.value3()), r.value4(), null,
                        Boolean.TRUE.equals(r.value5())));
    }

    /** Keeps the skeleton the statistics need (kind, outcome, province, dates); removes everything else. */
    void purge(long id, Instant now) {
        database.dsl().deleteFrom(CASE_PERSON).where(CASE_PERSON.CASE_ID.eq(id)).execute();
        database.dsl().deleteFrom(CASE_STEP).where(CASE_STEP.CASE_ID.eq(id)).execute();
        database.dsl().deleteFrom(CASE_DOCUMENT).where(CASE_DOCUMENT.CASE_ID.eq(id)).execute();
        database.dsl().update(CASE_FILE)
                .setNull(CASE_FILE.ORGANIZATION_ID)
                .setNull(CASE_FILE.MEMBER_CONTACT_NAME)
                .setNull(CASE_FILE.MEMBER_CONTACT_EMAIL)
                .setNull(CASE_FILE.STAFF_IN_CHARGE)
                .setNull(CASE_FILE.GOVERNMENT_OFFICE)
                .setNull(CASE_FILE.GOVERNMENT_REFERENCE)
                .set(CASE_FILE.STATUS, CaseStatus.PURGED.name())
                .set(CASE_FILE.PURGED_AT, utc(now))
                .set(CASE_FILE.UPDATED_AT, utc(now))
                .where(CASE_FILE.ID.eq(id)).execute();
    }

    // People

    void insertPerson(long id, long caseId, int position, byte[] sealedName, PersonDraft draft) {
        database.dsl().insertInto(CASE_PERSON)
                .set(CASE_PERSON.ID, id)
                .set(CASE_PERSON.CASE_ID, caseId)
                .set(CASE_PERSON.POSITION, position)
                .set(CASE_PERSON.NAME_SEALED, sealedName)
                .set(CASE_PERSON.CASE_ROLE, draft.role().name())
                .set(CASE_PERSON.COUNTRY, draft.country())
                .set(CASE_PERSON.BORN_ON, draft.bornOn())
                .execute();
    }

    int deletePerson(long caseId, long personId) {
        return database.dsl().deleteFrom(CASE_PERSON).where(CASE_PERSON.ID.eq(personId)
                .and(CASE_PERSON.CASE_ID.eq(caseId))).execute();
    }

    int nextPersonPosition(long caseId) {
        Integer highest = database.dsl().select(DSL.max(CASE_PERSON.POSITION)).from(CASE_PERSON)
                .where(CASE_PERSON.CASE_ID.eq(caseId)).fetchOne(0, Integer.class);
        return highest == null ? 1 : highest + 1;
    }

    record SealedPerson(long id, byte[] name, PersonRole role, String country, LocalDate bornOn) {
    }

    List<SealedPerson> people(long caseId) {
        return database.dsl().selectFrom(CASE_PERSON).where(CASE_PERSON.CASE_ID.eq(caseId))
                .orderBy(CASE_PERSON.POSITION)
                .fetch(r -> new SealedPerson(r.getId(), r.getNameSealed(), PersonRole.valueOf(r.getCaseRole()),
                        r.getCountry(), r.getBornOn()));
    }

    // The log

    void insertStep(long id, long caseId, LocalDate occurredOn, byte[] sealedText, String recordedBy, Instant now) {
        database.dsl().insertInto(CASE_STEP)
                .set(CASE_STEP.ID, id)
                .set(CASE_STEP.CASE_ID, caseId)
                .set(CASE_STEP.OCCURRED_ON, occurredOn)
                .set(CASE_STEP.TEXT_SEALED, sealedText)
                .set(CASE_STEP.RECORDED_BY, recordedBy)
                .set(CASE_STEP.RECORDED_AT, utc(now))
                .execute();
    }

    record SealedStep(long id, LocalDate occurredOn, byte[] text, String recordedBy, Instant recordedAt) {
    }

    List<SealedStep> steps(long caseId) {
        return database.dsl().selectFrom(CASE_STEP).where(CASE_STEP.CASE_ID.eq(caseId))
                .orderBy(CASE_STEP.OCCURRED_ON, CASE_STEP.RECORDED_AT, CASE_STEP.ID)
                .fetch(r -> new SealedStep(r.getId(), r.getOccurredOn(), r.getTextSealed(), r.getRecordedBy(),
                        instant(r.getRecordedAt())));
    }

    // Documents

    void insertDocument(long id, long caseId, byte[] sealedName, long size, String sha256, byte[] sealedContent,
                        String addedBy, Instant now) {
        database.dsl().insertInto(CASE_DOCUMENT)
                .set(CASE_DOCUMENT.ID, id)
                .set(CASE_DOCUMENT.CASE_ID, caseId)
                .set(CASE_DOCUMENT.NAME_SEALED, sealedName)
                .set(CASE_DOCUMENT.SIZE_BYTES, size)
                .set(CASE_DOCUMENT.SHA256, sha256)
                .set(CASE_DOCUMENT.CONTENT_SEALED, sealedContent)
                .set(CASE_DOCUMENT.ADDED_BY, addedBy)
                .set(CASE_DOCUMENT.ADDED_AT, utc(now))
                .execute();
    }

    record SealedDocument(long id, byte[] name, long size, String sha256, String addedBy, Instant addedAt) {
    }

    List<SealedDocument> documents(long caseId) {
        return database.dsl().select(CASE_DOCUMENT.ID, CASE_DOCUMENT.NAME_SEALED, CASE_DOCUMENT.SIZE_BYTES,
                        CASE_DOCUMENT.SHA256, CASE_DOCUMENT.ADDED_BY, CASE_DOCUMENT.ADDED_AT)
                .from(CASE_DOCUMENT).where(CASE_DOCUMENT.CASE_ID.eq(caseId))
                .orderBy(CASE_DOCUMENT.ADDED_AT, CASE_DOCUMENT.ID)
                .fetch(r -> new SealedDocument(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        instant(r.value6())));
    }

    record SealedContent(long caseId, byte[] content, String sha256) {
    }

    Optional<SealedContent> documentContent(long documentId) {
        return database.dsl().select(CASE_DOCUMENT.CASE_ID, CASE_DOCUMENT.CONTENT_SEALED, CASE_DOCUMENT.SHA256)
                .from(CASE_DOCUMENT).where(CASE_DOCUMENT.ID.eq(documentId))
                .fetchOptional(r -> new SealedContent(r.value1(), r.value2(), r.value3()));
    }

    // Retention periods

    Map<CaseKind, Integer> retentionYears() {
        Map<CaseKind, Integer> years = new EnumMap<>(CaseKind.class);
        database.dsl().selectFrom(CASE_RETENTION).forEach(r -> years.put(CaseKind.valueOf(r.getKind()), r.getYears()));
        return years;
    }

    void setRetention(CaseKind kind, int years, String setBy, Instant now) {
        int updated = database.dsl().update(CASE_RETENTION).set(CASE_RETENTION.YEARS, years)
                .set(CASE_RETENTION.SET_BY, setBy).set(CASE_RETENTION.SET_AT, utc(now))
                .where(CASE_RETENTION.KIND.eq(kind.name())).execute();
        if (updated == 0) {
            database.dsl().insertInto(CASE_RETENTION).set(CASE_RETENTION.KIND, kind.name())
                    .set(CASE_RETENTION.YEARS, years).set(CASE_RETENTION.SET_BY, setBy)
                    .set(CASE_RETENTION.SET_AT, utc(now)).execute();
        }
    }

    // The office's key

    Optional<CaseKeyring.WrappedKey> key() {
        return database.dsl().selectFrom(CASE_KEY).where(CASE_KEY.ID.eq(1))
                .fetchOptional(r -> new CaseKeyring.WrappedKey(r.getSalt(), r.getIterations(), r.getWrappedKey()));
    }

    void insertKey(CaseKeyring.WrappedKey key, String createdBy, Instant now) {
        database.dsl().insertInto(CASE_KEY).set(CASE_KEY.ID, 1).set(CASE_KEY.SALT, key.salt())
                .set(CASE_KEY.ITERATIONS, key.iterations()).set(CASE_KEY.WRAPPED_KEY, key.wrappedKey())
                .set(CASE_KEY.CREATED_BY, createdBy).set(CASE_KEY.CREATED_AT, utc(now)).execute();
    }
}
