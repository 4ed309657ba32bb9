package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.accounts.AccountKind;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.db.schema.tables.records.AccountRecord;
import ca.ccrweb.office.core.db.schema.tables.records.OrganizationRecord;
import org.jooq.TableField;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.ACCOUNT;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;

/**
 * Accounts of member organizations, found by the organization's name (or its name in the other language, or
 * its email). A row is a known account when its email is, whatever its case. Imported accounts have no
 * activation code yet: staff issue one (New activation code) when the holder needs to sign in.
 */
final class AccountImport extends KindImport {
    static final String ENTITY = "account";
    private static final Map<ImportField, TableField<AccountRecord, String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(ImportField.FULL_NAME, ACCOUNT.FULL_NAME);
        COLUMNS.put(ImportField.ROLE, ACCOUNT.INDIVIDUAL_ROLE);
    }

    private final Map<String, AccountRecord> byEmail = new HashMap<>();
    private final Map<String, Long> organizations = new HashMap<>();
    private final Map<Long, String> organizationStatus = new HashMap<>();
    private final Set<Long> withAdministrator = new HashSet<>();
    private final Set<String> usernames = new HashSet<>();
    private final List<AccountRecord> pending = new ArrayList<>();

    AccountImport(Database database, Ids ids, Clock clock, AuditLog audit) {
        super(database, ids, clock, audit);
    }

    @Override
    void load() {
        for (OrganizationRecord organization : dsl().selectFrom(ORGANIZATION).fetch()) {
            organizations.putIfAbsent(nameKey(organization.getName()), organization.getId());
            if (organization.getNameOtherLanguage() != null) {
                organizations.putIfAbsent(nameKey(organization.getNameOtherLanguage()), organization.getId());
            }
            organizations.putIfAbsent(emailKey(organization.getEmail()), organization.getId());
            organizationStatus.put(organization.getId(), organization.getMembershipStatus());
        }
        for (AccountRecord account : dsl().selectFrom(ACCOUNT).fetch()) {
            byEmail.put(account.getEmailKey(), account);
            usernames.add(account.getUsername());
            if (AccountKind.ADMINISTRATOR.name().equals(account.getKind())) {
                withAdministrator.add(account.getOrganizationId());
            }
        }
    }

    private Long organizationOf(ParsedRow row) {
        String typed = row.get(ImportField.ORGANIZATION);
        if (typed == null) {
            return null;
        }
        Long byName = organizations.get(nameKey(typed));
        return byName != null ? byName : organizations.get(emailKey(typed));
    }

    @Override
    Optional<Duplicate> existing(ParsedRow row) {
        AccountRecord known = byEmail.get(emailKey(row.get(ImportField.EMAIL)));
        return Optional.ofNullable(known).map(account -> new Duplicate(ENTITY, account.getId(),
                account.getFullName() + " <" + account.getEmail() + ">", DuplicateRule.EMAIL));
    }

    @Override
    List<String> fileKeys(ParsedRow row) {
        return List.of("email:" + emailKey(row.get(ImportField.EMAIL)));
    }

    @Override
    void check(ParsedRow row) {
        if (!row.has(ImportField.ORGANIZATION)) {
            return;
        }
        Long organization = organizationOf(row);
        if (organization == null) {
            row.reject(ImportField.ORGANIZATION, "import.error.unknownOrganization", row.<String>get(ImportField.ORGANIZATION));
            return;
        }
        if (existing(row).isPresent()) {
            return;
        }
        AccountKind kind = kind(row);
        if (kind == AccountKind.INDIVIDUAL && !row.has(ImportField.ROLE)) {
            row.reject(ImportField.ROLE, "validation.required");
        }
        if (kind == AccountKind.ADMINISTRATOR && withAdministrator.contains(organization)) {
            row.reject(ImportField.ACCOUNT_KIND, "import.error.administratorExists");
        }
    }

    private static AccountKind kind(ParsedRow row) {
        return row.has(ImportField.ACCOUNT_KIND) ? row.get(ImportField.ACCOUNT_KIND) : AccountKind.INDIVIDUAL;
    }

    @Override
    void create(ParsedRow row) {
        long organization = organizationOf(row);
        AccountKind kind = kind(row);
        String email = row.get(ImportField.EMAIL);
        AccountStatus status = row.has(ImportField.ACCOUNT_STATUS) ? row.get(ImportField.ACCOUNT_STATUS)
                : AccountStatus.ACTIVE;
        boolean member = "ACTIVE".equals(organizationStatus.get(organization));
        AccountRecord record = dsl().newRecord(ACCOUNT);
        record.setId(ids.next());
        record.setOrganizationId(organization);
        record.setKind(kind.name());
        IndividualRole role = kind == AccountKind.INDIVIDUAL ? row.get(ImportField.ROLE) : null;
        record.setIndividualRole(role == null ? null : role.name());
        record.setFullName(row.get(ImportField.FULL_NAME));
        record.setEmail(email);
        record.setEmailKey(emailKey(email));
        record.setUsername(username(row, email));
        if (status == AccountStatus.ACTIVE && !member) {
            record.setStatus(AccountStatus.DISABLED.name());
            record.setDisabledBy("MEMBERSHIP");
        } else {
            record.setStatus(status.name());
            record.setDisabledBy(status == AccountStatus.DISABLED ? "STAFF" : null);
        }
        record.setCreatedAt(utc(now));
        record.setUpdatedAt(utc(now));
        pending.add(record);
        byEmail.put(record.getEmailKey(), record);
        if (kind == AccountKind.ADMINISTRATOR) {
            withAdministrator.add(organization);
        }
        items.add(new Item(ENTITY, record.getId(), CREATED, null));
    }

    private String username(ParsedRow row, String email) {
        String wanted = row.has(ImportField.USERNAME) ? row.get(ImportField.USERNAME)
                : Texts.slug(email.substring(0, email.indexOf('@')));
        String candidate = wanted;
        for (int suffix = 2; usernames.contains(candidate); suffix++) {
            candidate = wanted + "-" + suffix;
        }
        usernames.add(candidate);
        return candidate;
    }

    @Override
    void update(ParsedRow row, Duplicate duplicate, boolean fillOnly) {
        AccountRecord record = dsl().fetchSingle(ACCOUNT, ACCOUNT.ID.eq(duplicate.recordId()));
        String before = snapshot(record, Map.of());
        Map<String, Object> beforeAudit = record.intoMap();
        boolean individual = AccountKind.INDIVIDUAL.name().equals(record.getKind());
        Map<ImportField, TableField<AccountRecord, String>> columns = individual ? COLUMNS
                : Map.of(ImportField.FULL_NAME, ACCOUNT.FULL_NAME);
        if (!apply(record, row, columns, fillOnly)) {
            return;
        }
        record.setUpdatedAt(utc(now));
        record.update();
        audit.changed(fillOnly ? "IMPORT_FILL" : "IMPORT_UPDATE", ENTITY, record.getId(), beforeAudit, record.intoMap());
        items.add(new Item(ENTITY, record.getId(), UPDATED, before));
    }

    @Override
    void flush() {
        if (!pending.isEmpty()) {
            dsl().batchInsert(pending).execute();
            pending.clear();
        }
    }
}
