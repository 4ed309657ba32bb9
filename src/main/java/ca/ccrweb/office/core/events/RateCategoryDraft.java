package ca.ccrweb.office.core.events;

public record RateCategoryDraft(RateKind kind, String labelFr, String labelEn, Long fullEventCents,
                                Long perDayCents, Long earlyFullEventCents, Long earlyPerDayCents) {
}
