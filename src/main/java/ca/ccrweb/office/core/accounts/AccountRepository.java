package ca.ccrweb.office.core.accounts;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.schema.tables.records.AccountRecord;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static ca.ccrweb.office.core.db.Timestamps.instant;
import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.ACCOUNT;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;

final class AccountRepository {
    static final String DISABLED_BY_STAFF = "STAFF";
    static final String DISABLED_BY_MEMBERSHIP = "MEMBERSHIP";

    private final Database database;

    AccountRepository(Database database) {
        this.database = database;
    }

    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void insert(long id, long organizationId, AccountKind kind, IndividualRole role, String fullName, String email,
                String username, String activationHash, Instant now) {
        AccountRecord record = database.dsl().newRecord(ACCOUNT);
        record.setId(id);
        record.setOrganizationId(organizationId);
        record.setKind(kind.name());
        record.setIndividualRole(role == null ? null : role.name());
        record.setFullName(fullName);
        record.setEmail(email);
        record.setEmailKey(emailKey(email));
        record.setUsername(username);
        record.setStatus(AccountStatus.ACTIVE.name());
        record.setActivationCodeHash(activationHash);
        record.setActivationIssuedAt(utc(now));
        record.setCreatedAt(utc(now));
        record.setUpdatedAt(utc(now));
        record.insert();
    }

    Optional<Account> find(long id) {
        return select(ACCOUNT.ID.eq(id)).stream().findFirst();
    }

    List<Account> forOrganization(long organizationId) {
        return select(ACCOUNT.ORGANIZATION_ID.eq(organizationId));
    }

    List<Account> all() {
        return select(DSL.trueCondition());
    }

    Optional<Account> holderOfEmail(String email) {
        return select(ACCOUNT.EMAIL_KEY.eq(emailKey(email))).stream().findFirst();
    }

    boolean usernameTaken(String username) {
        return database.dsl().fetchExists(ACCOUNT, ACCOUNT.USERNAME.eq(username));
    }

    Optional<String> organizationStatus(long organizationId) {
        return database.dsl().select(ORGANIZATION.MEMBERSHIP_STATUS).from(ORGANIZATION)
                .where(ORGANIZATION.ID.eq(organizationId)).fetchOptional(ORGANIZATION.MEMBERSHIP_STATUS);
    }

    void setStatus(long id, AccountStatus status, String disabledBy, Instant now) {
        database.dsl().update(ACCOUNT)
                .set(ACCOUNT.STATUS, status.name())
                .set(ACCOUNT.DISABLED_BY, disabledBy)
                .set(ACCOUNT.UPDATED_AT, utc(now))
                .where(ACCOUNT.ID.eq(id))
                .execute();
    }

    int disableActiveForMembership(long organizationId, Instant now) {
        return database.dsl().update(ACCOUNT)
                .set(ACCOUNT.STATUS, AccountStatus.DISABLED.name())
                .set(ACCOUNT.DISABLED_BY, DISABLED_BY_MEMBERSHIP)
                .set(ACCOUNT.UPDATED_AT, utc(now))
                .where(ACCOUNT.ORGANIZATION_ID.eq(organizationId))
                .and(ACCOUNT.STATUS.eq(AccountStatus.ACTIVE.name()))
                .execute();
    }

    int restoreDisabledByMembership(long organizationId, Instant now) {
        return database.dsl().update(ACCOUNT)
                .set(ACCOUNT.STATUS, AccountStatus.ACTIVE.name())
                .set(ACCOUNT.DISABLED_BY, (String) null)
                .set(ACCOUNT.UPDATED_AT, utc(now))
                .where(ACCOUNT.ORGANIZATION_ID.eq(organizationId))
                .and(ACCOUNT.DISABLED_BY.eq(DISABLED_BY_MEMBERSHIP))
                .execute();
    }

    void setActivationHash(long id, String hash, Instant now) {
        database.dsl().update(ACCOUNT)
                .set(ACCOUNT.ACTIVATION_CODE_HASH, hash)
                .set(ACCOUNT.ACTIVATION_ISSUED_AT, utc(now))
                .set(ACCOUNT.UPDATED_AT, utc(now))
                .where(ACCOUNT.ID.eq(id))
                .execute();
    }

    Optional<String> activationHash(long id) {
        return database.dsl().select(ACCOUNT.ACTIVATION_CODE_HASH).from(ACCOUNT).where(ACCOUNT.ID.eq(id))
                .fetchOptional(ACCOUNT.ACTIVATION_CODE_HASH);
    }

    private List<Account> select(Condition condition) {
        return database.dsl().select(ACCOUNT.asterisk(), ORGANIZATION.NAME)
                .from(ACCOUNT)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(ACCOUNT.ORGANIZATION_ID))
                .where(condition)
                .orderBy(ORGANIZATION.NAME, ACCOUNT.KIND, ACCOUNT.FULL_NAME, ACCOUNT.ID)
                .fetch(AccountRepository::toAccount);
    }

    private static Account toAccount(Record row) {
        String role = row.get(ACCOUNT.INDIVIDUAL_ROLE);
        return new Account(
                row.get(ACCOUNT.ID),
                row.get(ACCOUNT.ORGANIZATION_ID),
                row.get(ORGANIZATION.NAME),
                AccountKind.valueOf(row.get(ACCOUNT.KIND)),
                role == null ? null : IndividualRole.valueOf(role),
                row.get(ACCOUNT.FULL_NAME),
                row.get(ACCOUNT.EMAIL),
                row.get(ACCOUNT.USERNAME),
                AccountStatus.valueOf(row.get(ACCOUNT.STATUS)),
                DISABLED_BY_MEMBERSHIP.equals(row.get(ACCOUNT.DISABLED_BY)),
                row.get(ACCOUNT.ACTIVATION_CODE_HASH) != null,
                instant(row.get(ACCOUNT.ACTIVATION_ISSUED_AT)),
                instant(row.get(ACCOUNT.CREATED_AT)),
                row.get(ACCOUNT.VERSION));
    }
}
