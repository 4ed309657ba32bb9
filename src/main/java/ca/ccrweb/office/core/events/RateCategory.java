package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.l10n.Language;

/**
 * One line of an event's fee schedule, in cents: the full-event and per-day amounts, and the early-bird
 * amounts (null: no early-bird price) that apply up to the event's early-bird deadline.
 */
public record RateCategory(long id, long eventId, RateKind kind, String labelFr, String labelEn,
                           long fullEventCents, long perDayCents, Long earlyFullEventCents, Long earlyPerDayCents,
                           long version) {

    public String label(Language language) {
        return language == Language.FR ? labelFr : labelEn;
    }
}
