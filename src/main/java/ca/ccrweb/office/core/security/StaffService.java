package ca.ccrweb.office.core.security;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.audit.AuditOutcome;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The people who use this application: the first administrator made at the first start, sign-in with a
 * growing wait after repeated failures, users made, reset and disabled by administrators, and each one's
 * own password change. Every sign-in and failed sign-in is audited; no password ever is.
 */
public final class StaffService {
    private static final int FREE_ATTEMPTS = 3;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    private final Database database;
    private final StaffRepository staff;
    private final Ids ids;
    private final Clock clock;
    private final AuditLog audit;
    private final Access access;
    private final Passwords passwords = new Passwords();

    public StaffService(Database database, Ids ids, Clock clock, AuditLog audit, Access access) {
        this.database = database;
        this.staff = new StaffRepository(database);
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.access = access;
    }

    public boolean needsFirstAdministrator() {
        return staff.isEmpty();
    }

    /** The first start: the person installing makes the administrator account. Refused once one exists. */
    public StaffUser createFirstAdministrator(String username, String fullName, String password) {
        return database.transaction(() -> {
            if (!needsFirstAdministrator()) {
                throw new OfficeException("staff.error.alreadySetUp");
            }
            return insert(username, fullName, Role.ADMINISTRATOR, password, false);
        });
    }

    public StaffUser createUser(String username, String fullName, Role role, String temporaryPassword) {
        access.require(Permission.MANAGE_STAFF_USERS, "CREATE_STAFF_USER");
        return database.transaction(() -> insert(username, fullName, role, temporaryPassword, true));
    }

    /**
     * Checks a user name and password. After three failures in a row the next attempt must wait, twice
     * as long each time (1 s, 2 s, 4 s … at most 5 minutes); a success clears the count.
     */
    public SignedIn signIn(String username, String password) {
        String key = key(username);
        Instant now = clock.instant();
        Optional<StaffRepository.Credentials> found = staff.credentials(key);
        if (found.isEmpty()) {
            passwords.matches(password == null ? "" : password, Passwords.DECOY_HASH);
            failed(username, "unknown user");
            throw new OfficeException("staff.error.wrongCredentials");
        }
        StaffRepository.Credentials user = found.get();
        Instant lockedUntil = user.lockedUntil();
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            failed(username, "waiting");
            throw new OfficeException("staff.error.wait", Duration.between(now, lockedUntil).toSeconds() + 1);
        }
        if (password == null || !passwords.matches(password, user.passwordHash())) {
            database.transaction(() -> {
                int failures = user.failedAttempts() + 1;
                Instant until = failures < FREE_ATTEMPTS ? null : now.plus(waitAfter(failures));
                staff.recordFailure(user.id(), failures, until);
                audit.signIn(username, AuditOutcome.FAILED, "wrong password");
            });
            throw new OfficeException("staff.error.wrongCredentials");
        }
        if (!user.active()) {
            failed(username, "disabled");
            throw new OfficeException("staff.error.disabled");
        }
        return database.transaction(() -> {
            staff.recordSignIn(user.id(), now,
                    passwords.needsRehash(user.passwordHash()) ? passwords.hash(password) : null);
            audit.signIn(user.username(), AuditOutcome.DONE, null);
            return new SignedIn(require(user.id()));
        });
    }

    public StaffUser resetPassword(long userId, String temporaryPassword) {
        access.require(Permission.MANAGE_STAFF_USERS, "RESET_PASSWORD");
        return database.transaction(() -> {
            StaffUser user = require(userId);
            setPassword(user, temporaryPassword, true);
            audit.changed("RESET_PASSWORD", "staff_user", userId, null, null);
            return require(userId);
        });
    }

    public StaffUser setActive(long userId, boolean active) {
        access.require(Permission.MANAGE_STAFF_USERS, active ? "ENABLE_STAFF_USER" : "DISABLE_STAFF_USER");
        return database.transaction(() -> {
            StaffUser before = require(userId);
            staff.setActive(userId, active, clock.instant());
            StaffUser after = require(userId);
            audit.changed(active ? "ENABLE" : "DISABLE", "staff_user", userId, before, after);
            return after;
        });
    }

    /**
     * Lets an administrator open case interventions too (or no longer). Only administrators carry the mark:
     * caseworkers handle cases by their role, and other roles never do.
     */
    public StaffUser setHandlesCases(long userId, boolean handlesCases) {
        access.require(Permission.MANAGE_STAFF_USERS, "SET_HANDLES_CASES");
        return database.transaction(() -> {
            StaffUser before = require(userId);
            if (handlesCases && before.role() != Role.ADMINISTRATOR) {
                throw new OfficeException("staff.error.handlesCasesAdministratorsOnly");
            }
            staff.setHandlesCases(userId, handlesCases, clock.instant());
            StaffUser after = require(userId);
            audit.changed("SET_HANDLES_CASES", "staff_user", userId, before, after);
            return after;
        });
    }

    /** The signed-in person changes their own password, proving the current one. */
    public StaffUser changeOwnPassword(SignedIn signedIn, String currentPassword, String newPassword) {
        return database.transaction(() -> {
            StaffRepository.Credentials record = staff.credentials(signedIn.user().id());
            if (currentPassword == null || !passwords.matches(currentPassword, record.passwordHash())) {
                throw ValidationException.of("currentPassword", "staff.error.wrongPassword");
            }
            if (passwords.matches(newPassword == null ? "" : newPassword, record.passwordHash())) {
                throw ValidationException.of("newPassword", "staff.error.samePassword");
            }
            StaffUser user = require(record.id());
            setPassword(user, newPassword, false);
            audit.changed("CHANGE_OWN_PASSWORD", "staff_user", user.id(), null, null);
            return require(user.id());
        });
    }

    /**
     * A person whose password an administrator reset (a temporary password, "must change") chooses their own
     * right after signing in. The temporary password is refused as the new one: it was seen by someone else.
     */
    public StaffUser chooseNewPassword(SignedIn signedIn, String newPassword) {
        return database.transaction(() -> {
            StaffRepository.Credentials record = staff.credentials(signedIn.user().id());
            if (newPassword != null && passwords.matches(newPassword, record.passwordHash())) {
                throw ValidationException.of("newPassword", "staff.error.samePassword");
            }
            StaffUser user = require(record.id());
            setPassword(user, newPassword, false);
            audit.changed("CHOOSE_NEW_PASSWORD", "staff_user", user.id(), null, null);
            return require(user.id());
        });
    }

    public List<StaffUser> all() {
        return staff.all();
    }

    private StaffUser insert(String username, String fullName, Role role, String password, boolean mustChange) {
        Validator validator = new Validator();
        String name = validator.required("username", username, 60);
        if (name != null && !name.matches("[\\p{L}\\p{N}._@-]+")) {
            validator.reject("username", "staff.error.usernameCharacters");
        }
        String full = validator.required("fullName", fullName, 200);
        validator.required("role", role);
        checkPassword(validator, "password", password, name);
        validator.throwIfInvalid();
        if (staff.usernameTaken(key(name))) {
            throw ValidationException.of("username", "staff.error.usernameTaken");
        }
        long id = ids.next();
        Instant now = clock.instant();
        staff.insert(id, name, key(name), full, role, passwords.hash(password), mustChange, now);
        StaffUser created = require(id);
        audit.changed("CREATE", "staff_user", id, null, created);
        return created;
    }

    private void setPassword(StaffUser user, String password, boolean mustChange) {
        Validator validator = new Validator();
        checkPassword(validator, "newPassword", password, user.username());
        validator.throwIfInvalid();
        staff.setPassword(user.id(), passwords.hash(password), mustChange, clock.instant());
    }

    private static void checkPassword(Validator validator, String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            validator.reject(field, "validation.required");
        } else if (password.codePointCount(0, password.length()) < Passwords.MINIMUM_LENGTH) {
            validator.reject(field, "staff.error.passwordTooShort", Passwords.MINIMUM_LENGTH);
        } else if (password.length() > 200) {
            validator.reject(field, "validation.tooLong", 200);
        } else if (username != null && password.equalsIgnoreCase(username)) {
            validator.reject(field, "staff.error.passwordIsUsername");
        }
    }

    private void failed(String username, String reason) {
        database.transaction(() -> audit.signIn(username == null ? "" : username, AuditOutcome.FAILED, reason));
    }

    static Duration waitAfter(int failures) {
        long seconds = 1L << Math.min(20, failures - FREE_ATTEMPTS);
        return seconds > LONGEST_WAIT.toSeconds() ? LONGEST_WAIT : Duration.ofSeconds(seconds);
    }

    private StaffUser require(long userId) {
        return staff.find(userId).orElseThrow(() -> new OfficeException("staff.error.notFound"));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
