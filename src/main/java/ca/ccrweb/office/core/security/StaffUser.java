package ca.ccrweb.office.core.security;

import java.time.Instant;

/**
 * A person who uses this application. Never carries the password hash. {@code handlesCases}: an administrator who
 * also works on case interventions (a caseworker does by role).
 */
public record StaffUser(long id, String username, String fullName, Role role, boolean active,
                        boolean mustChangePassword, Instant lastSignInAt, boolean handlesCases) {
    public StaffUser(long id, String username, String fullName, Role role, boolean active, boolean mustChangePassword,
                     Instant lastSignInAt) {
        this(id, username, fullName, role, active, mustChangePassword, lastSignInAt, false);
    }
}
