package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.l10n.Language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks a new and a changed registration share: the rate it gets, the days and the sessions it may choose. */
final class RegistrationRules {
    private RegistrationRules() {
    }

    /** The special rate asked for, else the member or non-member rate. */
    static RateCategory chooseRate(List<RateCategory> rates, Long specialRateCategoryId, boolean member) {
        if (specialRateCategoryId != null) {
            return rates.stream().filter(rate -> rate.id() == specialRateCategoryId && rate.kind() == RateKind.SPECIAL)
                    .findFirst()
                    .orElseThrow(() -> ValidationException.of("rateCategory", "registration.error.unknownRate"));
        }
        RateKind kind = member ? RateKind.MEMBER : RateKind.NON_MEMBER;
        return rates.stream().filter(rate -> rate.kind() == kind).findFirst()
                .orElseThrow(() -> new OfficeException("registration.error.noRate", kind));
    }

    static void checkDays(Event event, Set<LocalDate> days) {
        for (LocalDate day : days) {
            if (day.isBefore(event.startsOn()) || day.isAfter(event.endsOn())) {
                throw ValidationException.of("days", "registration.error.dayOutsideEvent");
            }
        }
    }

    /** The sessions chosen, each one of the event's and on a day attended. */
    static List<Session> sessionsChosen(Map<Long, Session> sessions, Collection<Long> sessionIds,
                                        Set<LocalDate> daysAttended, Language language) {
        List<Session> chosen = new ArrayList<>();
        for (long sessionId : sessionIds) {
            Session session = sessions.get(sessionId);
            if (session == null) {
                throw ValidationException.of("sessions", "registration.error.unknownSession");
            }
            if (!daysAttended.contains(session.day())) {
                throw ValidationException.of("sessions", "registration.error.sessionOnAnotherDay",
                        session.title(language));
            }
            chosen.add(session);
        }
        return chosen;
    }
}
