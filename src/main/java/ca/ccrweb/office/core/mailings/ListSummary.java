package ca.ccrweb.office.core.mailings;

/** A list with how many people are on it and how many left it. */
public record ListSummary(MailingList list, int subscribed, int unsubscribed) {
}
