package ca.ccrweb.office.core.security;

import java.time.Instant;

/** A person who uses this application. Never carries the password hash. */
public record StaffUser(long id, String username, String fullName, Role role, boolean active,
                        boolean mustChangePassword, Instant lastSignInAt) {
}
