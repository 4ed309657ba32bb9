package ca.ccrweb.office.core.contacts;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.schema.tables.records.ContactRecord;
import ca.ccrweb.office.core.l10n.Language;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.CONTACT;

final class ContactRepository {
    private final Database database;

    ContactRepository(Database database) {
        this.database = database;
    }

    void insert(long id, ContactDraft draft, String nameKey, String emailKey, Instant now) {
        newRecord(id, draft, nameKey, emailKey, now).insert();
    }

    private ContactRecord newRecord(long id, ContactDraft draft, String nameKey, String emailKey, Instant now) {
        ContactRecord record = database.dsl().newRecord(CONTACT);
        record.setId(id);
        fill(record, draft, nameKey, emailKey);
        record.setCreatedAt(utc(now));
        record.setUpdatedAt(utc(now));
        return record;
    }

    private void insertAll(List<ContactRecord> records) {
        if (!records.isEmpty()) {
            database.dsl().batchInsert(records).execute();
        }
    }

    Pending pending() {
        return new Pending();
    }

    /** New people kept to be written together (imports, demo data). */
    final class Pending {
        private final List<ContactRecord> records = new ArrayList<>();

        private Pending() {
        }

        Contact add(long id, ContactDraft draft, String nameKey, String emailKey, Instant now) {
            ContactRecord record = newRecord(id, draft, nameKey, emailKey, now);
            records.add(record);
            return toContact(record);
        }

        List<Long> ids() {
            return records.stream().map(ContactRecord::getId).toList();
        }

        /** Writes the people added since the last time. */
        void insertAll() {
            ContactRepository.this.insertAll(records);
            records.clear();
        }
    }

    Map<String, Contact> byEmailKey() {
        Map<String, Contact> contacts = new HashMap<>();
        database.dsl().selectFrom(CONTACT).where(CONTACT.EMAIL_KEY.isNotNull())
                .forEach(r -> contacts.put(r.getEmailKey(), toContact(r)));
        return contacts;
    }

    void update(long id, ContactDraft draft, String nameKey, String emailKey, Instant now) {
        ContactRecord record = database.dsl().fetchSingle(CONTACT, CONTACT.ID.eq(id));
        fill(record, draft, nameKey, emailKey);
        record.setUpdatedAt(utc(now));
        record.update();
    }

    Optional<Contact> find(long id) {
        return database.dsl().selectFrom(CONTACT).where(CONTACT.ID.eq(id)).fetchOptional(ContactRepository::toContact);
    }

    Optional<Contact> findByEmailKey(String emailKey) {
        return database.dsl().selectFrom(CONTACT).where(CONTACT.EMAIL_KEY.eq(emailKey))
                .fetchOptional(ContactRepository::toContact);
    }

    List<Contact> findByNameKey(String nameKey) {
        return database.dsl().selectFrom(CONTACT).where(CONTACT.NAME_KEY.eq(nameKey)).orderBy(CONTACT.ID)
                .fetch(ContactRepository::toContact);
    }

    List<Contact> all() {
        return database.dsl().selectFrom(CONTACT).orderBy(CONTACT.NAME_KEY, CONTACT.ID).fetch(ContactRepository::toContact);
    }

    void delete(long id) {
        database.dsl().deleteFrom(CONTACT).where(CONTACT.ID.eq(id)).execute();
    }

    private static void fill(ContactRecord record, ContactDraft draft, String nameKey, String emailKey) {
        record.setFullName(draft.fullName());
        record.setNameKey(nameKey);
        record.setEmail(draft.email());
        record.setEmailKey(emailKey);
        record.setPhone(draft.phone());
        record.setLanguage(draft.language().code());
        record.setOrganizationId(draft.organizationId());
        record.setOrganizationName(draft.organizationName());
    }

    static Contact toContact(ContactRecord r) {
        return new Contact(r.getId(), r.getFullName(), r.getEmail(), r.getPhone(), Language.fromCode(r.getLanguage()),
                r.getOrganizationId(), r.getOrganizationName());
    }
}
