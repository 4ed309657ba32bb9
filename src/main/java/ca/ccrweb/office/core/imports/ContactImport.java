package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.db.schema.tables.records.ContactRecord;
import ca.ccrweb.office.core.l10n.Language;
import org.jooq.Record3;

import java.security.MessageDigest;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.CONTACT;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;

/**
 * People. A row is a known person when the email is (any case), or when the name and the organization are
 * (the rules of the contacts screen's likely duplicates). An organization typed that is a member
 * organization's name links the person to it; any other stays as text.
 */
final class ContactImport extends KindImport {
    static final String ENTITY = "contact";
    private static final int BATCH = 5_000;

    private final Language defaultLanguage;
    /** What a person is matched and shown by; small, as a large import holds one per row. */
    private record Known(long id, String fullName, String email) {
    }

    private final Map<String, Known> byEmail = new HashMap<>();
    private final Map<String, Known> byNameAndOrganization = new HashMap<>();
    private final Map<String, Long> organizations = new HashMap<>();
    /** Organizations' names as typed and their keys: a large file repeats a few hundred names. */
    private final Map<String, String> organizationNameKeys = new HashMap<>();
    private final BulkInsert inserts;
    private final MessageDigest digest = ImportBatches.sha256();

    ContactImport(Database database, Ids ids, Clock clock, AuditLog audit, Language defaultLanguage) {
        super(database, ids, clock, audit);
        this.defaultLanguage = defaultLanguage;
        this.inserts = new BulkInsert(database, CONTACT, List.of(CONTACT.ID, CONTACT.FULL_NAME, CONTACT.NAME_KEY,
                CONTACT.EMAIL, CONTACT.EMAIL_KEY, CONTACT.PHONE, CONTACT.LANGUAGE, CONTACT.ORGANIZATION_ID,
                CONTACT.ORGANIZATION_NAME, CONTACT.CREATED_AT, CONTACT.UPDATED_AT), BATCH);
    }

    @Override
    void load() {
        for (Record3<Long, String, String> organization : dsl().select(ORGANIZATION.ID, ORGANIZATION.NAME,
                ORGANIZATION.NAME_OTHER_LANGUAGE).from(ORGANIZATION).fetch()) {
            organizations.putIfAbsent(nameKey(organization.value2()), organization.value1());
            if (organization.value3() != null) {
                organizations.putIfAbsent(nameKey(organization.value3()), organization.value1());
            }
        }
        for (ContactRecord contact : dsl().select(CONTACT.ID, CONTACT.FULL_NAME, CONTACT.EMAIL, CONTACT.EMAIL_KEY,
                CONTACT.NAME_KEY, CONTACT.ORGANIZATION_ID, CONTACT.ORGANIZATION_NAME).from(CONTACT).fetchInto(CONTACT)) {
            remember(contact);
        }
    }

    private void remember(ContactRecord contact) {
        Known known = new Known(contact.getId(), contact.getFullName(), contact.getEmail());
        if (contact.getEmailKey() != null) {
            byEmail.put(contact.getEmailKey(), known);
        }
        byNameAndOrganization.putIfAbsent(contact.getNameKey() + "|" + organizationKey(contact.getOrganizationId(),
                contact.getOrganizationName()), known);
    }

    private String organizationKey(Long organizationId, String organizationName) {
        return organizationId != null ? "#" + organizationId
                : organizationNameKey(Objects.requireNonNullElse(organizationName, ""));
    }

    private String organizationNameKey(String typed) {
        return organizationNameKeys.computeIfAbsent(typed, KindImport::nameKey);
    }

    private Long organizationId(ParsedRow row) {
        String typed = row.get(ImportField.ORGANIZATION);
        return typed == null ? null : organizations.get(organizationNameKey(typed));
    }

    private String rowNameAndOrganization(ParsedRow row) {
        if (row.matchKey == null) {
            Long organization = organizationId(row);
            row.matchKey = nameKey(row.get(ImportField.FULL_NAME)) + "|" + organizationKey(organization,
                    organization == null ? row.get(ImportField.ORGANIZATION) : null);
        }
        return row.matchKey;
    }

    @Override
    Optional<Duplicate> existing(ParsedRow row) {
        String email = emailKey(row.get(ImportField.EMAIL));
        Known sameEmail = email == null ? null : byEmail.get(email);
        if (sameEmail != null) {
            return Optional.of(duplicate(sameEmail, DuplicateRule.EMAIL));
        }
        Known sameName = byNameAndOrganization.get(rowNameAndOrganization(row));
        return Optional.ofNullable(sameName).map(found -> duplicate(found, DuplicateRule.NAME_AND_ORGANIZATION));
    }

    private static Duplicate duplicate(Known contact, DuplicateRule rule) {
        return new Duplicate(ENTITY, contact.id(), contact.fullName()
                + (contact.email() == null ? "" : " <" + contact.email() + ">"), rule);
    }

    @Override
    List<String> fileKeys(ParsedRow row) {
        String email = emailKey(row.get(ImportField.EMAIL));
        return email == null ? List.of("name:" + rowNameAndOrganization(row))
                : List.of("email:" + email, "name:" + rowNameAndOrganization(row));
    }

    /**
     * A new person. Not remembered for matching: a later row of the file with the same email or the same name
     * and organization is refused as a repeat of this one before it is matched against the database.
     */
    @Override
    void create(ParsedRow row) {
        ContactRecord record = new ContactRecord();
        record.setId(ids.next());
        fill(record, row, false);
        record.setCreatedAt(utc(now));
        record.setUpdatedAt(utc(now));
        inserts.add(record.getId(), record.getFullName(), record.getNameKey(), record.getEmail(),
                record.getEmailKey(), record.getPhone(), record.getLanguage(), record.getOrganizationId(),
                record.getOrganizationName(), record.getCreatedAt(), record.getUpdatedAt());
        items.add(new Item(ENTITY, record.getId(), CREATED, null, ImportBatches.fingerprintOf(digest,
                record.getFullName(), record.getEmail(), record.getPhone(), record.getLanguage(),
                record.getOrganizationId(), record.getOrganizationName(), record.getUpdatedAt())));
    }

    private void fill(ContactRecord record, ParsedRow row, boolean fillOnly) {
        set(fillOnly, record.getFullName(), row.<String>get(ImportField.FULL_NAME), record::setFullName);
        record.setNameKey(record.getFullName().equals(row.get(ImportField.FULL_NAME)) && row.matchKey != null
                ? row.matchKey.substring(0, row.matchKey.indexOf('|')) : nameKey(record.getFullName()));
        String email = row.get(ImportField.EMAIL);
        if (email != null && (!fillOnly || record.getEmail() == null)) {
            record.setEmail(email);
            record.setEmailKey(emailKey(email));
        }
        set(fillOnly, record.getPhone(), row.<String>get(ImportField.PHONE), record::setPhone);
        Language language = row.get(ImportField.LANGUAGE);
        if (record.getLanguage() == null) {
            record.setLanguage((language == null ? defaultLanguage : language).code());
        } else if (language != null && !fillOnly) {
            record.setLanguage(language.code());
        }
        if (row.has(ImportField.ORGANIZATION) && (!fillOnly
                || record.getOrganizationId() == null && record.getOrganizationName() == null)) {
            Long organization = organizationId(row);
            record.setOrganizationId(organization);
            record.setOrganizationName(organization == null ? row.get(ImportField.ORGANIZATION) : null);
        }
    }

    private static void set(boolean fillOnly, String current, String value, Consumer<String> setter) {
        if (value != null && (!fillOnly || current == null)) {
            setter.accept(value);
        }
    }

    @Override
    void update(ParsedRow row, Duplicate duplicate, boolean fillOnly) {
        ContactRecord record = dsl().fetchSingle(CONTACT, CONTACT.ID.eq(duplicate.recordId()));
        String before = snapshot(record, Map.of());
        Map<String, Object> beforeAudit = record.intoMap();
        fill(record, row, fillOnly);
        if (record.intoMap().equals(beforeAudit)) {
            return;
        }
        String email = record.getEmailKey();
        Known holder = email == null ? null : byEmail.get(email);
        if (holder != null && holder.id() != record.getId()) {
            row.reject(ImportField.EMAIL, "contact.error.emailTaken", holder.fullName());
            return;
        }
        record.setUpdatedAt(utc(now));
        record.update();
        remember(record);
        audit.changed(fillOnly ? "IMPORT_FILL" : "IMPORT_UPDATE", ENTITY, record.getId(), beforeAudit, record.intoMap());
        items.add(new Item(ENTITY, record.getId(), UPDATED, before));
    }

    @Override
    void flush() {
        inserts.flush();
    }
}
