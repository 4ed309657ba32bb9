package ca.ccrweb.office.core.security;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.schema.tables.records.StaffUserRecord;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static ca.ccrweb.office.core.db.Timestamps.instant;
import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.STAFF_USER;

final class StaffRepository {
    /** What signing in checks: never leaves this package (the hash stays out of {@link StaffUser}). */
    record Credentials(long id, String username, String passwordHash, int failedAttempts, Instant lockedUntil,
                       boolean active) {
    }

    private final Database database;

    StaffRepository(Database database) {
        this.database = database;
    }

    boolean isEmpty() {
        return database.dsl().fetchCount(STAFF_USER) == 0;
    }

    Optional<Credentials> credentials(String usernameKey) {
        return database.dsl().fetchOptional(STAFF_USER, STAFF_USER.USERNAME_KEY.eq(usernameKey))
                .map(StaffRepository::toCredentials);
    }

    Credentials credentials(long id) {
        return toCredentials(database.dsl().fetchSingle(STAFF_USER, STAFF_USER.ID.eq(id)));
    }

    boolean usernameTaken(String usernameKey) {
        return database.dsl().fetchExists(STAFF_USER, STAFF_USER.USERNAME_KEY.eq(usernameKey));
    }

    void recordFailure(long id, int failures, Instant lockedUntil) {
        database.dsl().update(STAFF_USER)
                .set(STAFF_USER.FAILED_ATTEMPTS, failures)
                .set(STAFF_USER.LOCKED_UNTIL, utc(lockedUntil))
                .where(STAFF_USER.ID.eq(id))
                .execute();
    }

    /** A successful sign-in: the failures forgotten, the time kept, the hash replaced when it was rehashed. */
    void recordSignIn(long id, Instant now, String rehashed) {
        var update = database.dsl().update(STAFF_USER)
                .set(STAFF_USER.FAILED_ATTEMPTS, 0)
                .set(STAFF_USER.LOCKED_UNTIL, (LocalDateTime) null)
                .set(STAFF_USER.LAST_SIGN_IN_AT, utc(now));
        if (rehashed != null) {
            update = update.set(STAFF_USER.PASSWORD_HASH, rehashed);
        }
        update.where(STAFF_USER.ID.eq(id)).execute();
    }

    void setActive(long id, boolean active, Instant now) {
        database.dsl().update(STAFF_USER).set(STAFF_USER.ACTIVE, active)
                .set(STAFF_USER.UPDATED_AT, utc(now)).where(STAFF_USER.ID.eq(id)).execute();
    }

    void setHandlesCases(long id, boolean handlesCases, Instant now) {
        database.dsl().update(STAFF_USER).set(STAFF_USER.HANDLES_CASES, handlesCases)
                .set(STAFF_USER.UPDATED_AT, utc(now)).where(STAFF_USER.ID.eq(id)).execute();
    }

    void insert(long id, String username, String usernameKey, String fullName, Role role, String passwordHash,
                boolean mustChangePassword, Instant now) {
        StaffUserRecord record = database.dsl().newRecord(STAFF_USER);
        record.setId(id);
        record.setUsername(username);
        record.setUsernameKey(usernameKey);
        record.setFullName(fullName);
        record.setRole(role.name());
        record.setPasswordHash(passwordHash);
        record.setActive(true);
        record.setMustChangePassword(mustChangePassword);
        record.setFailedAttempts(0);
        record.setCreatedAt(utc(now));
        record.setUpdatedAt(utc(now));
        record.insert();
    }

    /** A new password: any wait after failures is lifted. */
    void setPassword(long id, String passwordHash, boolean mustChange, Instant now) {
        database.dsl().update(STAFF_USER)
                .set(STAFF_USER.PASSWORD_HASH, passwordHash)
                .set(STAFF_USER.MUST_CHANGE_PASSWORD, mustChange)
                .set(STAFF_USER.FAILED_ATTEMPTS, 0)
                .set(STAFF_USER.LOCKED_UNTIL, (LocalDateTime) null)
                .set(STAFF_USER.UPDATED_AT, utc(now))
                .where(STAFF_USER.ID.eq(id))
                .execute();
    }

    List<StaffUser> all() {
        return database.dsl().selectFrom(STAFF_USER).orderBy(STAFF_USER.USERNAME_KEY).fetch(StaffRepository::toUser);
    }

    Optional<StaffUser> find(long id) {
        return database.dsl().selectFrom(STAFF_USER).where(STAFF_USER.ID.eq(id)).fetchOptional(StaffRepository::toUser);
    }

    private static Credentials toCredentials(StaffUserRecord r) {
        return new Credentials(r.getId(), r.getUsername(), r.getPasswordHash(), r.getFailedAttempts(),
                instant(r.getLockedUntil()), Boolean.TRUE.equals(r.getActive()));
    }

    private static StaffUser toUser(StaffUserRecord r) {
        return new StaffUser(r.getId(), r.getUsername(), r.getFullName(), Role.valueOf(r.getRole()),
                Boolean.TRUE.equals(r.getActive()), Boolean.TRUE.equals(r.getMustChangePassword()),
                instant(r.getLastSignInAt()), Boolean.TRUE.equals(r.getHandlesCases()));
    }
}
