package ca.ccrweb.office.core.contacts;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * People, one record each. A person typed again with a known email (in any case) is the same person;
 * two records with the same name and organization are shown as likely duplicates, which staff merge.
 */
public final class ContactService {
    private final Database database;
    private final ContactRepository contacts;
    private final Ids ids;
    private final Clock clock;
    private final AuditLog audit;
    private final Access access;
    private final List<ContactReferences> references = new ArrayList<>();

    public ContactService(Database database, Ids ids, Clock clock, AuditLog audit, Access access) {
        this.database = database;
        this.contacts = new ContactRepository(database);
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.access = access;
    }

    /** Features that point at contacts register here, so a merge moves their rows to the kept contact. */
    public void addReferences(ContactReferences featureReferences) {
        references.add(featureReferences);
    }

    /** The person with this email if known (details left as they were), otherwise a new contact. */
    public Contact findOrCreate(ContactDraft draft) {
        ContactDraft checked = check(draft);
        return database.transaction(() -> {
            if (checked.email() != null) {
                Optional<Contact> known = contacts.findByEmailKey(emailKey(checked.email()));
                if (known.isPresent()) {
                    return known.get();
                }
            }
            long id = ids.next();
            contacts.insert(id, checked, nameKey(checked.fullName()), emailKeyOrNull(checked.email()), clock.instant());
            Contact created = contacts.find(id).orElseThrow();
            audit.changed("CREATE", "contact", id, null, created);
            return created;
        });
    }

    /**
     * For registering many people in one transaction (imports, demo data): the known emails are read once,
     * new people are written together by {@link ContactBatch#flush()}. Same rules as {@link #findOrCreate}.
     */
    public ContactBatch batch() {
        return new ContactBatch();
    }

    public final class ContactBatch {
        private final Map<String, Contact> known = contacts.byEmailKey();
        private final ContactRepository.Pending pending = contacts.pending();
        private final List<Long> created = new ArrayList<>();

        private ContactBatch() {
        }

        public Contact findOrCreate(ContactDraft draft) {
            ContactDraft checked = check(draft);
            String emailKey = emailKeyOrNull(checked.email());
            if (emailKey != null && known.containsKey(emailKey)) {
                return known.get(emailKey);
            }
            long id = ids.next();
            Contact contact = pending.add(id, checked, nameKey(checked.fullName()), emailKey, clock.instant());
            created.add(id);
            if (emailKey != null) {
                known.put(emailKey, contact);
            }
            return contact;
        }

        /** The people this batch created, in order. */
        public List<Long> createdIds() {
            return List.copyOf(created);
        }

        /** Writes the people created since the last flush; call before writing rows that point at them. */
        public void flush() {
            List<Long> written = pending.ids();
            if (!written.isEmpty()) {
                audit.changed("CREATE_MANY", "contact", null, null, Map.of("contacts", written));
            }
            pending.insertAll();
        }
    }

    public Contact update(long contactId, ContactDraft draft) {
        access.require(Permission.MANAGE_REGISTRATIONS, "UPDATE_CONTACT");
        ContactDraft checked = check(draft);
        return database.transaction(() -> {
            Contact before = require(contactId);
            if (checked.email() != null) {
                contacts.findByEmailKey(emailKey(checked.email())).filter(other -> other.id() != contactId)
                        .ifPresent(other -> {
                            throw ValidationException.of("email",
                                    "contact.error.emailTaken", other.fullName());
                        });
            }
            contacts.update(contactId, checked, nameKey(checked.fullName()), emailKeyOrNull(checked.email()),
                    clock.instant());
            Contact after = require(contactId);
            audit.changed("UPDATE", "contact", contactId, before, after);
            return after;
        });
    }

    public Optional<Contact> find(long contactId) {
        return contacts.find(contactId);
    }

    public List<Contact> all() {
        return contacts.all();
    }

    /** Groups of two or more contacts with the same name (accents and case aside) and the same organization. */
    public List<List<Contact>> likelyDuplicates() {
        Map<String, List<Contact>> groups = contacts.all().stream().collect(Collectors.groupingBy(
                contact -> nameKey(contact.fullName()) + "|" + organizationKey(contact)));
        return groups.values().stream().filter(group -> group.size() > 1).toList();
    }

    /**
     * Merges {@code duplicateId} into {@code keptId}: every feature's rows move to the kept contact, the
     * kept contact takes the duplicate's email or phone when it had none, and the duplicate is removed.
     */
    public Contact merge(long keptId, long duplicateId) {
        return merge(keptId, duplicateId, null);
    }

    /**
     * As {@link #merge(long, long)}, the kept contact taking the values staff chose field by field
     * ({@code chosen}; null: its own, or the duplicate's where it had none).
     */
    public Contact merge(long keptId, long duplicateId, ContactDraft chosen) {
        access.require(Permission.MANAGE_REGISTRATIONS, "MERGE_CONTACTS");
        if (keptId == duplicateId) {
            throw new OfficeException("contact.error.mergeSame");
        }
        ContactDraft checkedChoice = chosen == null ? null : check(chosen);
        return database.transaction(() -> {
            Contact kept = require(keptId);
            Contact duplicate = require(duplicateId);
            references.forEach(feature -> feature.moveContact(duplicateId, keptId));
            contacts.delete(duplicateId);
            ContactDraft merged = checkedChoice != null ? checkedChoice : new ContactDraft(kept.fullName(),
                    kept.email() != null ? kept.email() : duplicate.email(),
                    kept.phone() != null ? kept.phone() : duplicate.phone(),
                    kept.language(),
                    kept.organizationId() != null ? kept.organizationId() : duplicate.organizationId(),
                    kept.organizationName() != null ? kept.organizationName() : duplicate.organizationName());
            contacts.update(keptId, merged, nameKey(merged.fullName()), emailKeyOrNull(merged.email()), clock.instant());
            Contact after = require(keptId);
            audit.changed("MERGE", "contact", keptId, Map.of("kept", kept, "merged", duplicate), after);
            return after;
        });
    }

    private ContactDraft check(ContactDraft draft) {
        Validator validator = new Validator();
        ContactDraft checked = new ContactDraft(
                validator.required("fullName", draft.fullName(), 200),
                validator.optionalEmail("email", draft.email()),
                validator.optionalPhone("phone", draft.phone()),
                validator.required("language", draft.language()),
                draft.organizationId(),
                validator.optional("organizationName", draft.organizationName(), 200));
        validator.throwIfInvalid();
        return checked;
    }

    private Contact require(long contactId) {
        return contacts.find(contactId).orElseThrow(() -> new OfficeException("contact.error.notFound"));
    }

    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String emailKeyOrNull(String email) {
        return email == null ? null : emailKey(email);
    }

    static String nameKey(String name) {
        return Texts.searchKey(name).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String organizationKey(Contact contact) {
        return contact.organizationId() != null ? "#" + contact.organizationId()
                : nameKey(Objects.requireNonNullElse(contact.organizationName(), ""));
    }

}
