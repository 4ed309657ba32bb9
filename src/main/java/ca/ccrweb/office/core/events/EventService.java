package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.db.RecordVersions;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Events, their programme of sessions and their fee schedule. */
public final class EventService {
    private final Database database;
    private final EventRepository events;
    private final Ids ids;
    private final Clock clock;
    private final AuditLog audit;
    private final Access access;

    public EventService(Database database, Ids ids, Clock clock, AuditLog audit, Access access) {
        this.database = database;
        this.events = new EventRepository(database);
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.access = access;
    }

    public Event create(EventDraft draft) {
        access.require(Permission.MANAGE_EVENTS, "CREATE_EVENT");
        EventDraft checked = check(draft);
        return database.transaction(() -> {
            long id = ids.next();
            events.insert(id, checked, clock.instant());
            Event created = require(id);
            audit.changed("CREATE", "event", id, null, created);
            return created;
        });
    }

    public Event update(long eventId, EventDraft draft) {
        return update(eventId, -1, draft);
    }

    /**
     * Saves the event as opened at {@code openedVersion} ({@link Event#version()}): refused with
     * {@link ca.ccrweb.office.core.db.RecordChanged} when someone changed it since; -1 saves whatever it is now.
     */
    public Event update(long eventId, long openedVersion, EventDraft draft) {
        access.require(Permission.MANAGE_EVENTS, "UPDATE_EVENT");
        EventDraft checked = check(draft);
        return database.transaction(() -> {
            if (openedVersion >= 0) {
                RecordVersions.require(database,
                        "event", "event", eventId, openedVersion);
            }
            Event before = require(eventId);
            events.update(eventId, checked, clock.instant());
            Event after = require(eventId);
            audit.changed("UPDATE", "event", eventId, before, after);
            return after;
        });
    }

    public Optional<Event> find(long eventId) {
        return events.find(eventId);
    }

    /** All events, the latest first. */
    public List<Event> all() {
        return events.all();
    }

    public Session addSession(long eventId, SessionDraft draft) {
        access.require(Permission.MANAGE_EVENTS, "ADD_SESSION");
        return database.transaction(() -> {
            SessionDraft checked = check(require(eventId), draft);
            long id = ids.next();
            events.insertSession(id, eventId, checked);
            Session created = events.session(id).orElseThrow();
            audit.changed("CREATE", "session", id, null, created);
            return created;
        });
    }

    public Session updateSession(long sessionId, SessionDraft draft) {
        return updateSession(sessionId, -1, draft);
    }

    /** Saves the session as opened at {@code openedVersion}; refused when changed since (-1: no check). */
    public Session updateSession(long sessionId, long openedVersion, SessionDraft draft) {
        access.require(Permission.MANAGE_EVENTS, "UPDATE_SESSION");
        return database.transaction(() -> {
            if (openedVersion >= 0) {
                RecordVersions.require(database,
                        "event_session", "session", sessionId, openedVersion);
            }
            Session session = events.session(sessionId).orElseThrow(() -> new OfficeException("session.error.notFound"));
            events.updateSession(sessionId, check(require(session.eventId()), draft));
            Session updated = events.session(sessionId).orElseThrow();
            audit.changed("UPDATE", "session", sessionId, session, updated);
            return updated;
        });
    }

    public void removeSession(long sessionId) {
        access.require(Permission.MANAGE_EVENTS, "REMOVE_SESSION");
        database.transaction(() -> {
            Session removed = events.session(sessionId).orElseThrow(() -> new OfficeException("session.error.notFound"));
            events.deleteSession(sessionId);
            audit.changed("REMOVE", "session", sessionId, removed, null);
        });
    }

    public List<Session> sessions(long eventId) {
        return events.sessions(eventId);
    }

    public RateCategory addRate(long eventId, RateCategoryDraft draft) {
        access.require(Permission.MANAGE_EVENTS, "ADD_RATE");
        return database.transaction(() -> {
            require(eventId);
            RateCategoryDraft checked = check(draft);
            if (checked.kind() != RateKind.SPECIAL
                    && events.rates(eventId).stream().anyMatch(rate -> rate.kind() == checked.kind())) {
                throw ValidationException.of("kind", "rate.error.onlyOne", checked.kind());
            }
            long id = ids.next();
            events.insertRate(id, eventId, checked);
            RateCategory created = events.rate(id).orElseThrow();
            audit.changed("CREATE", "rate", id, null, created);
            return created;
        });
    }

    /** Changes a rate for registrations to come; existing registrations keep their amount until recalculated. */
    public RateCategory updateRate(long rateId, RateCategoryDraft draft) {
        return updateRate(rateId, -1, draft);
    }

    /** Saves the rate as opened at {@code openedVersion}; refused when changed since (-1: no check). */
    public RateCategory updateRate(long rateId, long openedVersion, RateCategoryDraft draft) {
        access.require(Permission.MANAGE_EVENTS, "UPDATE_RATE");
        return database.transaction(() -> {
            if (openedVersion >= 0) {
                RecordVersions.require(database,
                        "rate_category", "rate", rateId, openedVersion);
            }
            RateCategory current = events.rate(rateId).orElseThrow(() -> new OfficeException("rate.error.notFound"));
            RateCategoryDraft checked = check(new RateCategoryDraft(current.kind(), draft.labelFr(), draft.labelEn(),
                    draft.fullEventCents(), draft.perDayCents(), draft.earlyFullEventCents(), draft.earlyPerDayCents()));
            events.updateRate(rateId, checked);
            RateCategory updated = events.rate(rateId).orElseThrow();
            audit.changed("UPDATE", "rate", rateId, current, updated);
            return updated;
        });
    }

    public List<RateCategory> rates(long eventId) {
        return events.rates(eventId);
    }

    Optional<RateCategory> rate(long rateId) {
        return events.rate(rateId);
    }

    Optional<Session> session(long sessionId) {
        return events.session(sessionId);
    }

    Event require(long eventId) {
        return events.find(eventId).orElseThrow(() -> new OfficeException("event.error.notFound"));
    }

    private static EventDraft check(EventDraft draft) {
        Validator validator = new Validator();
        EventKind kind = validator.required("kind", draft.kind());
        String titleFr = validator.required("titleFr", draft.titleFr(), 200);
        String titleEn = validator.required("titleEn", draft.titleEn(), 200);
        var startsOn = validator.required("startsOn", draft.startsOn());
        var endsOn = validator.required("endsOn", draft.endsOn());
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            validator.reject("endsOn", "event.error.endsBeforeStart");
        }
        if (draft.capacity() != null && draft.capacity() < 1) {
            validator.reject("capacity", "validation.positive");
        }
        if (endsOn != null && draft.registrationDeadline() != null && draft.registrationDeadline().isAfter(endsOn)) {
            validator.reject("registrationDeadline", "event.error.deadlineAfterEvent");
        }
        if (endsOn != null && draft.earlyBirdDeadline() != null && draft.earlyBirdDeadline().isAfter(endsOn)) {
            validator.reject("earlyBirdDeadline", "event.error.deadlineAfterEvent");
        }
        EventDraft checked = new EventDraft(kind, titleFr, titleEn, startsOn, endsOn,
                validator.optional("city", draft.city(), 100), validator.optional("venue", draft.venue(), 200),
                draft.capacity(), draft.registrationDeadline(), draft.earlyBirdDeadline(),
                draft.status() == null ? EventStatus.PLANNED : draft.status());
        validator.throwIfInvalid();
        return checked;
    }

    private static SessionDraft check(Event event, SessionDraft draft) {
        Validator validator = new Validator();
        SessionKind kind = validator.required("kind", draft.kind());
        String titleFr = validator.required("titleFr", draft.titleFr(), 200);
        String titleEn = validator.required("titleEn", draft.titleEn(), 200);
        var day = validator.required("day", draft.day());
        var startsAt = validator.required("startsAt", draft.startsAt());
        var endsAt = validator.required("endsAt", draft.endsAt());
        if (day != null && (day.isBefore(event.startsOn()) || day.isAfter(event.endsOn()))) {
            validator.reject("day", "session.error.dayOutsideEvent");
        }
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            validator.reject("endsAt", "session.error.endsBeforeStart");
        }
        if (kind == SessionKind.WORKING_GROUP_MEETING && draft.workingGroup() == null) {
            validator.reject("workingGroup", "validation.required");
        }
        if (kind == SessionKind.WORKSHOP && draft.organizerOrganizationId() == null) {
            validator.reject("organizer", "validation.required");
        }
        if (draft.capacity() != null && draft.capacity() < 1) {
            validator.reject("capacity", "validation.positive");
        }
        SessionDraft checked = new SessionDraft(kind, titleFr, titleEn,
                kind == SessionKind.WORKING_GROUP_MEETING ? draft.workingGroup() : null,
                kind == SessionKind.WORKSHOP ? draft.organizerOrganizationId() : null, day, startsAt, endsAt,
                validator.optional("room", draft.room(), 100), draft.capacity());
        validator.throwIfInvalid();
        return checked;
    }

    private static RateCategoryDraft check(RateCategoryDraft draft) {
        Validator validator = new Validator();
        RateKind kind = validator.required("kind", draft.kind());
        String labelFr = validator.required("labelFr", draft.labelFr(), 100);
        String labelEn = validator.required("labelEn", draft.labelEn(), 100);
        Long full = validator.required("fullEventCents", draft.fullEventCents());
        Long perDay = validator.required("perDayCents", draft.perDayCents());
        for (var amount : new Object[][]{{"fullEventCents", full}, {"perDayCents", perDay},
                {"earlyFullEventCents", draft.earlyFullEventCents()}, {"earlyPerDayCents", draft.earlyPerDayCents()}}) {
            if (amount[1] != null && (Long) amount[1] < 0) {
                validator.reject((String) amount[0], "validation.notNegative");
            }
        }
        validator.throwIfInvalid();
        return new RateCategoryDraft(kind, labelFr, labelEn, full, perDay, draft.earlyFullEventCents(),
                draft.earlyPerDayCents());
    }
}
