package ca.ccrweb.office.core.groups;

import java.time.LocalDate;

/** Terms of office as closed date ranges; a term without an end runs on. */
public final class Terms {

    private Terms() {
    }

    public static boolean overlap(LocalDate firstStart, LocalDate firstEnd, LocalDate secondStart,
                                  LocalDate secondEnd) {
        return (firstEnd == null || !firstEnd.isBefore(secondStart))
                && (secondEnd == null || !secondEnd.isBefore(firstStart));
    }

    public static boolean covers(LocalDate start, LocalDate end, LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }
}
