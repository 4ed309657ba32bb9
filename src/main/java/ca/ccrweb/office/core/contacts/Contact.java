package ca.ccrweb.office.core.contacts;

import ca.ccrweb.office.core.l10n.Language;

/**
 * One person, reused by registrations, fund applications, subscriptions, working groups and cases.
 * {@code organizationId} names a member organization; {@code organizationName} is free text otherwise.
 */
public record Contact(long id, String fullName, String email, String phone, Language language,
                      Long organizationId, String organizationName) {
}
