package ca.ccrweb.office.core.events;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The fee rules, in one place: webinars and virtual meetings are free for members; up to the early-bird
 * deadline the early amounts apply; attending every day costs the full-event amount, fewer days cost
 * the per-day amount each, never more than the full-event amount.
 */
public final class FeeRules {
    private FeeRules() {
    }

    public static Fee compute(Event event, RateCategory category, Collection<LocalDate> daysAttending,
                              LocalDate registeredOn) {
        int eventDays = event.days().size();
        int days = daysAttending.isEmpty() ? eventDays : (int) daysAttending.stream().distinct().count();
        boolean fullEvent = days >= eventDays;
        if (event.kind().freeForMembers() && category.kind() == RateKind.MEMBER) {
            return new Fee(0, false, true, days, fullEvent);
        }
        boolean earlyBird = event.earlyBirdDeadline() != null && !registeredOn.isAfter(event.earlyBirdDeadline());
        long full = earlyBird && category.earlyFullEventCents() != null
                ? category.earlyFullEventCents() : category.fullEventCents();
        long perDay = earlyBird && category.earlyPerDayCents() != null
                ? category.earlyPerDayCents() : category.perDayCents();
        long amount = fullEvent ? full : Math.min(Math.multiplyExact(perDay, days), full);
        return new Fee(amount, earlyBird, false, days, fullEvent);
    }
}
