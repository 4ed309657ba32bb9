package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.mailings.ConsentKind;
import ca.ccrweb.office.core.mailings.MailingList;
import ca.ccrweb.office.core.mailings.MailingListService;
import ca.ccrweb.office.core.mailings.Subscriber;
import ca.ccrweb.office.core.mailings.SubscriberDraft;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static ca.ccrweb.office.core.db.schema.Tables.CONTACT;

/**
 * People put on the office's mailing lists, one list named on each row. Each row goes through the lists' own
 * rule for imports ({@link MailingListService#importSubscriber}): a person already on the list is left as
 * they are, and one who unsubscribed stays off it, whatever staff choose for duplicates. Both show in the
 * preview as duplicates, with the rule that matched.
 */
final class SubscriberImport extends KindImport {
    static final String ENTITY = "list_subscription";

    private final MailingListService mailingLists;
    private final Map<Long, MailingList> lists = new HashMap<>();
    private final Map<String, Subscriber> byListAndEmail = new HashMap<>();
    private final Set<String> knownEmails = new HashSet<>();

    SubscriberImport(Database database, Ids ids, Clock clock, AuditLog audit, MailingListService mailingLists) {
        super(database, ids, clock, audit);
        this.mailingLists = mailingLists;
    }

    @Override
    void load() {
        for (MailingList list : mailingLists.lists()) {
            if (list.isMemberMailings()) {
                continue;
            }
            lists.put(list.id(), list);
            for (Subscriber subscriber : mailingLists.subscribers(list.id())) {
                byListAndEmail.put(list.id() + "|" + emailKey(subscriber.email()), subscriber);
            }
        }
        knownEmails.addAll(dsl().select(CONTACT.EMAIL_KEY).from(CONTACT).where(CONTACT.EMAIL_KEY.isNotNull())
                .fetch(CONTACT.EMAIL_KEY));
    }

    private static String listAndEmail(ParsedRow row) {
        return row.<Long>get(ImportField.LIST) + "|" + emailKey(row.get(ImportField.EMAIL));
    }

    @Override
    Optional<Duplicate> existing(ParsedRow row) {
        Subscriber known = byListAndEmail.get(listAndEmail(row));
        return Optional.ofNullable(known).map(subscriber -> new Duplicate(ENTITY, subscriber.id(),
                subscriber.fullName() + " <" + subscriber.email() + ">",
                subscriber.subscribed() ? DuplicateRule.ALREADY_SUBSCRIBED : DuplicateRule.UNSUBSCRIBED));
    }

    @Override
    List<String> fileKeys(ParsedRow row) {
        return List.of("email:" + listAndEmail(row));
    }

    @Override
    void check(ParsedRow row) {
        MailingList list = lists.get(row.<Long>get(ImportField.LIST));
        if (list == null) {
            row.reject(ImportField.LIST, "import.error.unknownValue", row.cells.get(ImportField.LIST));
            return;
        }
        if (list.organizationRequired()) {
            String listName = list.nameFr().equals(list.nameEn()) ? list.nameFr()
                    : list.nameFr() + " / " + list.nameEn();
            if (!row.has(ImportField.FULL_NAME)) {
                row.reject(ImportField.FULL_NAME, "import.error.requiredOnList", listName);
            }
            if (!row.has(ImportField.ORGANIZATION)) {
                row.reject(ImportField.ORGANIZATION, "import.error.requiredOnList", listName);
            }
        }
        if (row.has(ImportField.CONSENT_ON) && row.<LocalDate>get(ImportField.CONSENT_ON).isAfter(LocalDate.now(clock))) {
            row.reject(ImportField.CONSENT_ON, "mailings.error.consentInFuture");
        }
    }

    @Override
    void create(ParsedRow row) {
        String emailKey = emailKey(row.get(ImportField.EMAIL));
        boolean newPerson = !knownEmails.contains(emailKey);
        MailingListService.Subscription subscription = mailingLists.importSubscriber(row.get(ImportField.LIST),
                new SubscriberDraft(row.get(ImportField.FULL_NAME), row.get(ImportField.EMAIL),
                        row.get(ImportField.ORGANIZATION), row.get(ImportField.LANGUAGE),
                        row.has(ImportField.CONSENT_KIND) ? row.<ConsentKind>get(ImportField.CONSENT_KIND) : null,
                        row.get(ImportField.CONSENT_ON), null));
        if (newPerson) {
            knownEmails.add(emailKey);
            items.add(new Item(ContactImport.ENTITY, subscription.subscriber().contactId(), CREATED, null));
        }
        if (subscription.outcome() == MailingListService.Outcome.ADDED) {
            items.add(new Item(ENTITY, subscription.subscriber().id(), CREATED, null));
        }
    }

    /** A subscription is never changed by an import: its consent is the person's, recorded when they gave it. */
    @Override
    void update(ParsedRow row, Duplicate duplicate, boolean fillOnly) {
    }
}
