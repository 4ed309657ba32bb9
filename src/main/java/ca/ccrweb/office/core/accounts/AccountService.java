package ca.ccrweb.office.core.accounts;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.db.RecordChanged;
import ca.ccrweb.office.core.db.RecordVersions;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ccrweb.ca accounts of member organizations: one administrator each, created at approval, and
 * individual accounts for board members, staff and volunteers. Emails are unique case-insensitively.
 */
public final class AccountService {
    private static final String ACTIVE_MEMBERSHIP = "ACTIVE";

    private final Database database;
    private final AccountRepository accounts;
    private final Ids ids;
    private final Clock clock;
    private final ActivationCodes activationCodes = new ActivationCodes();
    private final AuditLog audit;
    private final Access access;

    public AccountService(Database database, Ids ids, Clock clock, AuditLog audit, Access access) {
        this.database = database;
        this.accounts = new AccountRepository(database);
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.access = access;
    }

    /**
     * Creates the administrator account of a newly approved organization. Called by the membership
     * service inside its approval transaction.
     */
    public IssuedAccount createAdministrator(long organizationId, String organizationName, String email) {
        Validator validator = new Validator();
        String checkedEmail = validator.requiredEmail("administratorEmail", email);
        validator.throwIfInvalid();
        return database.transaction(() -> {
            ensureEmailFree("administratorEmail", checkedEmail);
            return issue(organizationId, AccountKind.ADMINISTRATOR, null, organizationName, checkedEmail,
                    uniqueUsername(Texts.slug(organizationName)));
        });
    }

    public IssuedAccount addIndividual(long organizationId, IndividualAccountDraft draft) {
        access.require(Permission.MANAGE_ACCOUNTS, "ADD_ACCOUNT");
        Validator validator = new Validator();
        String fullName = validator.required("fullName", draft.fullName(), 200);
        String email = validator.requiredEmail("email", draft.email());
        IndividualRole role = validator.required("role", draft.role());
        validator.throwIfInvalid();
        return database.transaction(() -> {
            requireActiveMembership(organizationId);
            ensureEmailFree("email", email);
            String localPart = email.substring(0, email.indexOf('@'));
            return issue(organizationId, AccountKind.INDIVIDUAL, role, fullName, email,
                    uniqueUsername(Texts.slug(localPart)));
        });
    }

    public Account disable(long accountId) {
        return disable(accountId, -1);
    }

    /**
     * Disables the account as opened at {@code openedVersion} ({@link Account#version()}): refused with
     * {@link RecordChanged} when someone changed it since; -1 disables whatever it is now.
     */
    public Account disable(long accountId, long openedVersion) {
        access.require(Permission.MANAGE_ACCOUNTS, "DISABLE_ACCOUNT");
        return database.transaction(() -> {
            requireOpenedVersion(accountId, openedVersion);
            Account account = require(accountId);
            if (account.status() == AccountStatus.DISABLED) {
                throw new OfficeException("account.error.alreadyDisabled", account.fullName());
            }
            accounts.setStatus(accountId, AccountStatus.DISABLED, AccountRepository.DISABLED_BY_STAFF, clock.instant());
            Account disabled = require(accountId);
            audit.changed("DISABLE", "account", accountId, account, disabled);
            return disabled;
        });
    }

    public Account enable(long accountId) {
        return enable(accountId, -1);
    }

    /** Enables the account as opened at {@code openedVersion}; refused when changed since (-1: no check). */
    public Account enable(long accountId, long openedVersion) {
        access.require(Permission.MANAGE_ACCOUNTS, "ENABLE_ACCOUNT");
        return database.transaction(() -> {
            requireOpenedVersion(accountId, openedVersion);
            Account account = require(accountId);
            if (account.status() == AccountStatus.ACTIVE) {
                throw new OfficeException("account.error.alreadyActive", account.fullName());
            }
            requireActiveMembership(account.organizationId());
            accounts.setStatus(accountId, AccountStatus.ACTIVE, null, clock.instant());
            Account enabled = require(accountId);
            audit.changed("ENABLE", "account", accountId, account, enabled);
            return enabled;
        });
    }

    /** A new one-time code replaces the previous one, for a lost welcome letter. */
    public IssuedAccount issueNewActivationCode(long accountId) {
        return issueNewActivationCode(accountId, -1);
    }

    /** A new code for the account as opened at {@code openedVersion}; refused when changed since (-1: no check). */
    public IssuedAccount issueNewActivationCode(long accountId, long openedVersion) {
        access.require(Permission.MANAGE_ACCOUNTS, "NEW_ACTIVATION_CODE");
        return database.transaction(() -> {
            requireOpenedVersion(accountId, openedVersion);
            Account account = require(accountId);
            String code = activationCodes.newCode();
            accounts.setActivationHash(accountId, activationCodes.hash(code), clock.instant());
            audit.changed("NEW_ACTIVATION_CODE", "account", accountId, null, null);
            return new IssuedAccount(require(account.id()), code);
        });
    }

    /** Whether a code is the account's current activation code (what the website checks at first sign-in). */
    public boolean activationCodeMatches(long accountId, String code) {
        return accounts.activationHash(accountId).map(hash -> ActivationCodes.matches(code, hash)).orElse(false);
    }

    /** The organization's membership lapsed, was suspended or withdrawn: its accounts lose member access. */
    public int suspendAccessOf(long organizationId) {
        return database.transaction(() -> {
            int disabled = accounts.disableActiveForMembership(organizationId, clock.instant());
            audit.changed("ACCOUNTS_LOSE_ACCESS", "organization", organizationId, null, Map.of("accounts", disabled));
            return disabled;
        });
    }

    /** The membership is active again: accounts that lost access with it get it back; those staff disabled stay so. */
    public int restoreAccessOf(long organizationId) {
        return database.transaction(() -> {
            int restored = accounts.restoreDisabledByMembership(organizationId, clock.instant());
            audit.changed("ACCOUNTS_REGAIN_ACCESS", "organization", organizationId, null, Map.of("accounts", restored));
            return restored;
        });
    }

    private void requireOpenedVersion(long accountId, long openedVersion) {
        if (openedVersion >= 0) {
            RecordVersions.require(database, "account", "account", accountId, openedVersion);
        }
    }

    public Optional<Account> find(long accountId) {
        return accounts.find(accountId);
    }

    public List<Account> forOrganization(long organizationId) {
        return accounts.forOrganization(organizationId);
    }

    public Optional<Account> administratorOf(long organizationId) {
        return accounts.forOrganization(organizationId).stream().filter(Account::isAdministrator).findFirst();
    }

    public List<Account> all() {
        return accounts.all();
    }

    private IssuedAccount issue(long organizationId, AccountKind kind, IndividualRole role, String fullName,
                                String email, String username) {
        long id = ids.next();
        String code = activationCodes.newCode();
        Instant now = clock.instant();
        accounts.insert(id, organizationId, kind, role, fullName, email, username, activationCodes.hash(code), now);
        Account created = require(id);
        audit.changed("CREATE", "account", id, null, created);
        return new IssuedAccount(created, code);
    }

    private void ensureEmailFree(String field, String email) {
        accounts.holderOfEmail(email).ifPresent(holder -> {
            throw ValidationException.of(field, "account.error.emailTaken", holder.fullName(), holder.organizationName());
        });
    }

    private void requireActiveMembership(long organizationId) {
        String status = accounts.organizationStatus(organizationId)
                .orElseThrow(() -> new OfficeException("organization.error.notFound"));
        if (!ACTIVE_MEMBERSHIP.equals(status)) {
            throw new OfficeException("account.error.membershipNotActive");
        }
    }

    private String uniqueUsername(String base) {
        String trimmed = base.length() <= 40 ? base : base.substring(0, base.lastIndexOf('-', 40) > 10
                ? base.lastIndexOf('-', 40) : 40);
        String candidate = trimmed;
        for (int suffix = 2; accounts.usernameTaken(candidate); suffix++) {
            candidate = trimmed + "-" + suffix;
        }
        return candidate;
    }

    private Account require(long accountId) {
        return accounts.find(accountId).orElseThrow(() -> new OfficeException("account.error.notFound"));
    }
}
