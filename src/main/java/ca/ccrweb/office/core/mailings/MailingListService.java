package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.contacts.ContactService;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Subscription lists and the people on them. A subscriber is a contact (found again by email, whatever its
 * case) with the proof of consent CASL asks for; an unsubscribe is kept, never deleted, so that the person
 * is never mailed again on that list, even when a spreadsheet brings them back. Consent and unsubscribes are
 * written to the audit trail.
 */
public final class MailingListService {
    private final Database database;
    private final MailingListRepository lists;
    private final ContactService contacts;
    private final Ids ids;
    private final Clock clock;
    private final AuditLog audit;
    private final Access access;

    public MailingListService(Database database, ContactService contacts, Ids ids, Clock clock, AuditLog audit,
                              Access access) {
        this.database = database;
        this.lists = new MailingListRepository(database);
        this.contacts = contacts;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.access = access;
        contacts.addReferences(lists::moveContact);
    }

    public List<MailingList> lists() {
        return lists.lists();
    }

    public Optional<MailingList> list(long listId) {
        return lists.list(listId);
    }

    public MailingList listByCode(String code) {
        return lists.listByCode(code).orElseThrow();
    }

    /** Every list with its counts, the built-in lists first, then the office's in the order they were added. */
    public List<ListSummary> summaries() {
        Map<Long, int[]> counts = lists.counts();
        return lists.lists().stream().map(list -> {
            int[] count = counts.getOrDefault(list.id(), new int[2]);
            return new ListSummary(list, count[0], count[1]);
        }).toList();
    }

    /** A list the office adds (a committee's bulletin, say), named in both languages. */
    public MailingList addList(String nameFr, String nameEn, boolean organizationRequired) {
        access.require(Permission.MANAGE_MAILING_LISTS, "ADD_MAILING_LIST");
        Validator validator = new Validator();
        String french = validator.required("nameFr", nameFr, 200);
        String english = validator.required("nameEn", nameEn, 200);
        validator.throwIfInvalid();
        return database.transaction(() -> {
            long id = ids.next();
            lists.insertList(id, french, english, organizationRequired, clock.instant());
            MailingList created = lists.list(id).orElseThrow();
            audit.changed("CREATE", "mailing_list", id, null, created);
            return created;
        });
    }

    public List<Subscriber> subscribers(long listId) {
        return lists.subscribers(listId);
    }

    /**
     * Puts a person on a list with their consent. Someone already on the list is left as they are; someone who
     * unsubscribed comes back only with express consent given again (never from an import).
     */
    public Subscriber subscribe(long listId, SubscriberDraft draft) {
        access.require(Permission.MANAGE_MAILING_LISTS, "SUBSCRIBE");
        return database.transaction(() -> subscribeChecked(requireList(listId), draft).subscriber());
    }

    /** What adding one person did: added, already there, back on the list, or kept out (they unsubscribed). */
    public enum Outcome { ADDED, ALREADY_SUBSCRIBED, RESUBSCRIBED, KEPT_OUT }

    public record Subscription(Subscriber subscriber, Outcome outcome) {
    }

    /**
     * For imports: adds the person unless they are on the list already or unsubscribed from it, which an
     * import never undoes. Runs inside the caller's transaction.
     */
    public Subscription importSubscriber(long listId, SubscriberDraft draft) {
        access.require(Permission.MANAGE_MAILING_LISTS, "SUBSCRIBE");
        SubscriberDraft imported = new SubscriberDraft(draft.fullName(), draft.email(), draft.organizationName(),
                draft.language(), draft.consentKind() == null ? ConsentKind.IMPLIED : draft.consentKind(),
                draft.consentOn(), ConsentSource.IMPORT);
        return database.transaction(() -> subscribeChecked(requireList(listId), imported));
    }

    private Subscription subscribeChecked(MailingList list, SubscriberDraft draft) {
        SubscriberDraft checked = check(list, draft);
        Contact contact = contacts.findOrCreate(new ContactDraft(checked.fullName(), checked.email(), null,
                checked.language() == null ? Language.FR : checked.language(), null, checked.organizationName()));
        Optional<Subscriber> known = lists.subscriber(list.id(), contact.id());
        if (known.isPresent()) {
            Subscriber before = known.get();
            if (before.subscribed()) {
                return new Subscription(before, Outcome.ALREADY_SUBSCRIBED);
            }
            if (checked.consentKind() != ConsentKind.EXPRESS || checked.consentSource() == ConsentSource.IMPORT) {
                if (checked.consentSource() == ConsentSource.IMPORT) {
                    return new Subscription(before, Outcome.KEPT_OUT);
                }
                throw ValidationException.of("consentKind", "mailings.error.unsubscribedNeedsExpress",
                        before.unsubscribedOn());
            }
            lists.resubscribe(before.id(), checked.language(), checked.consentKind(), checked.consentOn(),
                    checked.consentSource(), clock.instant());
            Subscriber after = lists.subscriber(before.id()).orElseThrow();
            audit.changed("RESUBSCRIBE", "list_subscription", before.id(), consent(before), consent(after));
            return new Subscription(after, Outcome.RESUBSCRIBED);
        }
        long id = ids.next();
        lists.insert(id, list.id(), contact.id(), checked.language(), checked.consentKind(), checked.consentOn(),
                checked.consentSource(), clock.instant());
        Subscriber created = lists.subscriber(id).orElseThrow();
        audit.changed("SUBSCRIBE", "list_subscription", id, null, consent(created));
        return new Subscription(created, Outcome.ADDED);
    }

    /** Takes a person off a list for good (until they give express consent again); {@code on} null is today. */
    public Subscriber unsubscribe(long subscriptionId, LocalDate on, String reason) {
        access.require(Permission.MANAGE_MAILING_LISTS, "UNSUBSCRIBE");
        Validator validator = new Validator();
        String why = validator.optional("reason", reason, 500);
        validator.throwIfInvalid();
        return database.transaction(() -> {
            Subscriber before = lists.subscriber(subscriptionId).orElseThrow(
                    () -> new OfficeException("mailings.error.noSuchSubscriber",
                String.valueOf(subscriptionId)));
            if (!before.subscribed()) {
                return before;
            }
            lists.unsubscribe(subscriptionId, on == null ? LocalDate.now(clock) : on, why, clock.instant());
            Subscriber after = lists.subscriber(subscriptionId).orElseThrow();
            audit.changed("UNSUBSCRIBE", "list_subscription", subscriptionId, consent(before), consent(after));
            return after;
        });
    }

    /** Records that this address asked to receive no more member mailings (it stays out of every audience but lists). */
    public Subscriber stopMemberMailings(String fullName, String email, String reason) {
        access.require(Permission.MANAGE_MAILING_LISTS, "UNSUBSCRIBE");
        return database.transaction(() -> {
            MailingList members = listByCode(MailingList.MEMBERS);
            Subscription entry = subscribeChecked(members, new SubscriberDraft(fullName, email, null, null,
                    ConsentKind.IMPLIED, null, ConsentSource.EMAIL));
            return unsubscribe(entry.subscriber().id(), null, reason);
        });
    }

    private MailingList requireList(long listId) {
        return lists.list(listId).orElseThrow(() -> new OfficeException("mailings.error.noSuchList",
                String.valueOf(listId)));
    }

    private SubscriberDraft check(MailingList list, SubscriberDraft draft) {
        Validator validator = new Validator();
        String email = validator.requiredEmail("email", draft.email());
        String name = list.organizationRequired() ? validator.required("fullName", draft.fullName(), 200)
                : validator.optional("fullName", draft.fullName(), 200);
        String organization = list.organizationRequired()
                ? validator.required("organizationName", draft.organizationName(), 200)
                : validator.optional("organizationName", draft.organizationName(), 200);
        ConsentKind kind = validator.required("consentKind", draft.consentKind());
        ConsentSource source = validator.required("consentSource", draft.consentSource());
        LocalDate today = LocalDate.now(clock);
        LocalDate consentOn = draft.consentOn() == null ? today : draft.consentOn();
        if (consentOn.isAfter(today)) {
            validator.reject("consentOn", "mailings.error.consentInFuture");
        }
        validator.throwIfInvalid();
        return new SubscriberDraft(name == null ? email : name, email, organization, draft.language(), kind,
                consentOn, source);
    }

    /** What the audit trail keeps of a subscription: who, on which list, and the consent or unsubscribe. */
    private static Map<String, Object> consent(Subscriber subscriber) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("list", subscriber.listId());
        values.put("contact", subscriber.contactId());
        values.put("email", subscriber.email());
        values.put("language", subscriber.language() == null ? null : subscriber.language().code());
        values.put("consentKind", subscriber.consentKind().name());
        values.put("consentOn", subscriber.consentOn().toString());
        values.put("consentSource", subscriber.consentSource().name());
        values.put("unsubscribedOn", subscriber.unsubscribedOn() == null ? null : subscriber.unsubscribedOn().toString());
        values.put("unsubscribeReason", subscriber.unsubscribeReason());
        return values;
    }
}
