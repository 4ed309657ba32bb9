package ca.ccrweb.office.core.events;

/** A session a registrant chose, with whether they hold a seat or wait for one. */
public record SessionChoice(long sessionId, RegistrationStatus status) {
}
