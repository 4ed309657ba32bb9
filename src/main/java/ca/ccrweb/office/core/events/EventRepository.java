package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.schema.tables.records.EventRecord;
import ca.ccrweb.office.core.db.schema.tables.records.EventSessionRecord;
import ca.ccrweb.office.core.db.schema.tables.records.RateCategoryRecord;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.EVENT;
import static ca.ccrweb.office.core.db.schema.Tables.EVENT_SESSION;
import static ca.ccrweb.office.core.db.schema.Tables.RATE_CATEGORY;

final class EventRepository {
    private final Database database;

    EventRepository(Database database) {
        this.database = database;
    }

    void insert(long id, EventDraft draft, Instant now) {
        EventRecord record = database.dsl().newRecord(EVENT);
        record.setId(id);
        fill(record, draft);
        record.setCreatedAt(utc(now));
        record.setUpdatedAt(utc(now));
        record.insert();
    }

    void update(long id, EventDraft draft, Instant now) {
        EventRecord record = database.dsl().fetchSingle(EVENT, EVENT.ID.eq(id));
        fill(record, draft);
        record.setUpdatedAt(utc(now));
        record.update();
    }

    Optional<Event> find(long id) {
        return database.dsl().selectFrom(EVENT).where(EVENT.ID.eq(id)).fetchOptional(EventRepository::toEvent);
    }

    List<Event> all() {
        return database.dsl().selectFrom(EVENT).orderBy(EVENT.STARTS_ON.desc(), EVENT.ID).fetch(EventRepository::toEvent);
    }

    void insertSession(long id, long eventId, SessionDraft draft) {
        EventSessionRecord record = database.dsl().newRecord(EVENT_SESSION);
        record.setId(id);
        record.setEventId(eventId);
        fill(record, draft);
        record.insert();
    }

    void updateSession(long id, SessionDraft draft) {
        EventSessionRecord record = database.dsl().fetchSingle(EVENT_SESSION, EVENT_SESSION.ID.eq(id));
        fill(record, draft);
        record.update();
    }

    void deleteSession(long id) {
        database.dsl().deleteFrom(EVENT_SESSION).where(EVENT_SESSION.ID.eq(id)).execute();
    }

    List<Session> sessions(long eventId) {
        return database.dsl().selectFrom(EVENT_SESSION).where(EVENT_SESSION.EVENT_ID.eq(eventId))
                .orderBy(EVENT_SESSION.SESSION_DAY, EVENT_SESSION.STARTS_AT, EVENT_SESSION.ID)
                .fetch(EventRepository::toSession);
    }

    Optional<Session> session(long id) {
        return database.dsl().selectFrom(EVENT_SESSION).where(EVENT_SESSION.ID.eq(id))
                .fetchOptional(EventRepository::toSession);
    }

    void insertRate(long id, long eventId, RateCategoryDraft draft) {
        RateCategoryRecord record = database.dsl().newRecord(RATE_CATEGORY);
        record.setId(id);
        record.setEventId(eventId);
        fill(record, draft);
        record.insert();
    }

    void updateRate(long id, RateCategoryDraft draft) {
        RateCategoryRecord record = database.dsl().fetchSingle(RATE_CATEGORY, RATE_CATEGORY.ID.eq(id));
        fill(record, draft);
        record.update();
    }

    List<RateCategory> rates(long eventId) {
        return database.dsl().selectFrom(RATE_CATEGORY).where(RATE_CATEGORY.EVENT_ID.eq(eventId))
                .orderBy(RATE_CATEGORY.KIND, RATE_CATEGORY.ID).fetch(EventRepository::toRate);
    }

    Optional<RateCategory> rate(long id) {
        return database.dsl().selectFrom(RATE_CATEGORY).where(RATE_CATEGORY.ID.eq(id))
                .fetchOptional(EventRepository::toRate);
    }

    private static void fill(EventRecord record, EventDraft draft) {
        record.setKind(draft.kind().name());
        record.setTitleFr(draft.titleFr());
        record.setTitleEn(draft.titleEn());
        record.setStartsOn(draft.startsOn());
        record.setEndsOn(draft.endsOn());
        record.setCity(draft.city());
        record.setVenue(draft.venue());
        record.setCapacity(draft.capacity());
        record.setRegistrationDeadline(draft.registrationDeadline());
        record.setEarlyBirdDeadline(draft.earlyBirdDeadline());
        record.setStatus(draft.status().name());
    }

    private static void fill(EventSessionRecord record, SessionDraft draft) {
        record.setKind(draft.kind().name());
        record.setTitleFr(draft.titleFr());
        record.setTitleEn(draft.titleEn());
        record.setWorkingGroup(draft.workingGroup() == null ? null : draft.workingGroup().name());
        record.setOrganizerOrganizationId(draft.organizerOrganizationId());
        record.setSessionDay(draft.day());
        record.setStartsAt(draft.startsAt().toString());
        record.setEndsAt(draft.endsAt().toString());
        record.setRoom(draft.room());
        record.setCapacity(draft.capacity());
    }

    private static void fill(RateCategoryRecord record, RateCategoryDraft draft) {
        record.setKind(draft.kind().name());
        record.setLabelFr(draft.labelFr());
        record.setLabelEn(draft.labelEn());
        record.setFullEventCents(draft.fullEventCents());
        record.setPerDayCents(draft.perDayCents());
        record.setEarlyFullEventCents(draft.earlyFullEventCents());
        record.setEarlyPerDayCents(draft.earlyPerDayCents());
    }

    private static Event toEvent(EventRecord r) {
        return new Event(r.getId(), EventKind.valueOf(r.getKind()), r.getTitleFr(), r.getTitleEn(), r.getStartsOn(),
                r.getEndsOn(), r.getCity(), r.getVenue(), r.getCapacity(), r.getRegistrationDeadline(),
                r.getEarlyBirdDeadline(), EventStatus.valueOf(r.getStatus()), r.getVersion());
    }

    private static Session toSession(EventSessionRecord r) {
        return new Session(r.getId(), r.getEventId(), SessionKind.valueOf(r.getKind()), r.getTitleFr(), r.getTitleEn(),
                r.getWorkingGroup() == null ? null : WorkingGroup.valueOf(r.getWorkingGroup()),
                r.getOrganizerOrganizationId(), r.getSessionDay(), LocalTime.parse(r.getStartsAt()),
                LocalTime.parse(r.getEndsAt()), r.getRoom(), r.getCapacity(), r.getVersion());
    }

    private static RateCategory toRate(RateCategoryRecord r) {
        return new RateCategory(r.getId(), r.getEventId(), RateKind.valueOf(r.getKind()), r.getLabelFr(),
                r.getLabelEn(), r.getFullEventCents(), r.getPerDayCents(), r.getEarlyFullEventCents(),
                r.getEarlyPerDayCents(), r.getVersion());
    }
}
