package ca.ccrweb.office.core.communications;

import ca.ccrweb.office.core.db.Database;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.EVENT;
import static ca.ccrweb.office.core.db.schema.Tables.MEMBERSHIP_TRANSITION;
import static ca.ccrweb.office.core.db.schema.Tables.REGISTRATION;

/** The counts behind the quarterly update's key figures. */
final class KeyFiguresRepository {
    /** A national consultation's title in both languages and how many hold or held a place at it. */
    record Consultation(String titleFr, String titleEn, int registered) {
    }

    private final Database database;

    KeyFiguresRepository(Database database) {
        this.database = database;
    }

    /** Applications approved from {@code from} (included) to {@code until} (excluded). */
    int membersApproved(Instant from, Instant until) {
        return database.dsl().fetchCount(MEMBERSHIP_TRANSITION, MEMBERSHIP_TRANSITION.FROM_STATUS
                .eq("APPLIED").and(MEMBERSHIP_TRANSITION.TO_STATUS.eq("ACTIVE"))
                .and(MEMBERSHIP_TRANSITION.OCCURRED_AT.ge(utc(from)))
                .and(MEMBERSHIP_TRANSITION.OCCURRED_AT.lt(utc(until))));
    }

    /**
     * The last national consultation begun by {@code day}, not cancelled, with those registered, attended or
     * absent (not the cancelled nor those still waiting).
     */
    Optional<Consultation> lastConsultationBegunBy(LocalDate day) {
        return database.dsl()
                .selectFrom(EVENT)
                .where(EVENT.KIND.eq("NATIONAL_CONSULTATION").and(EVENT.STARTS_ON.le(day))
                        .and(EVENT.STATUS.ne("CANCELLED")))
                .orderBy(EVENT.STARTS_ON.desc(), EVENT.ID.desc())
                .limit(1)
                .fetchOptional()
                .map(event -> new Consultation(event.getTitleFr(), event.getTitleEn(),
                        database.dsl().fetchCount(REGISTRATION, REGISTRATION.EVENT_ID.eq(event.getId())
                                .and(REGISTRATION.STATUS.in("REGISTERED", "ATTENDED", "NO_SHOW")))));
    }
}
