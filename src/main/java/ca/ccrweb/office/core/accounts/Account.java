package ca.ccrweb.office.core.accounts;

import java.time.Instant;

/**
 * A ccrweb.ca user account of a member organization. {@code disabledByMembership} tells an account
 * that lost access with its organization's membership (restored on renewal) from one staff disabled;
 * {@code version} is raised by the database at every change (ADR 0023).
 */
public record Account(
        long id,
        long organizationId,
        String organizationName,
        AccountKind kind,
        IndividualRole role,
        String fullName,
        String email,
        String username,
        AccountStatus status,
        boolean disabledByMembership,
        boolean activationPending,
        Instant activationIssuedAt,
        Instant createdAt,
        long version) {

    public boolean isAdministrator() {
        return kind == AccountKind.ADMINISTRATOR;
    }
}
