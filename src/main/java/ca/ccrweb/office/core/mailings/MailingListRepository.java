package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.l10n.Language;
import org.jooq.Record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ca.ccrweb.office.core.db.schema.Tables.CONTACT;
import static ca.ccrweb.office.core.db.schema.Tables.LIST_SUBSCRIPTION;
import static ca.ccrweb.office.core.db.schema.Tables.MAILING_LIST;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.when;

/** Lists and their subscriptions, each subscription read with its contact. */
final class MailingListRepository {
    private final Database database;

    MailingListRepository(Database database) {
        this.database = database;
    }

    List<MailingList> lists() {
        return database.dsl().selectFrom(MAILING_LIST).orderBy(MAILING_LIST.ID).fetch(row -> new MailingList(
                row.getId(), row.getCode(), row.getNameFr(), row.getNameEn(), row.getOrganizationRequired()));
    }

    Optional<MailingList> list(long id) {
        return lists().stream().filter(list -> list.id() == id).findFirst();
    }

    Optional<MailingList> listByCode(String code) {
        return lists().stream().filter(list -> code.equals(list.code())).findFirst();
    }

    void insertList(long id, String nameFr, String nameEn, boolean organizationRequired, Instant at) {
        database.dsl().insertInto(MAILING_LIST)
                .set(MAILING_LIST.ID, id)
                .set(MAILING_LIST.NAME_FR, nameFr)
                .set(MAILING_LIST.NAME_EN, nameEn)
                .set(MAILING_LIST.ORGANIZATION_REQUIRED, organizationRequired)
                .set(MAILING_LIST.CREATED_AT, utc(at))
                .execute();
    }

    /** Subscribed and unsubscribed counts by list id. */
    Map<Long, int[]> counts() {
        Map<Long, int[]> counts = new HashMap<>();
        database.dsl().select(LIST_SUBSCRIPTION.LIST_ID,
                        count(when(LIST_SUBSCRIPTION.UNSUBSCRIBED_ON.isNull(), 1)),
                        count(LIST_SUBSCRIPTION.UNSUBSCRIBED_ON))
                .from(LIST_SUBSCRIPTION).groupBy(LIST_SUBSCRIPTION.LIST_ID)
                .forEach(row -> counts.put(row.value1(), new int[] {row.value2(), row.value3()}));
        return counts;
    }

    List<Subscriber> subscribers(long listId) {
        return database.dsl().select().from(LIST_SUBSCRIPTION).join(CONTACT).on(CONTACT.ID.eq(LIST_SUBSCRIPTION.CONTACT_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(CONTACT.ORGANIZATION_ID))
                .where(LIST_SUBSCRIPTION.LIST_ID.eq(listId)).orderBy(CONTACT.NAME_KEY, CONTACT.ID)
                .fetch(MailingListRepository::toSubscriber);
    }

    Optional<Subscriber> subscriber(long subscriptionId) {
        return database.dsl().select().from(LIST_SUBSCRIPTION).join(CONTACT).on(CONTACT.ID.eq(LIST_SUBSCRIPTION.CONTACT_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(CONTACT.ORGANIZATION_ID))
                .where(LIST_SUBSCRIPTION.ID.eq(subscriptionId)).fetchOptional(MailingListRepository::toSubscriber);
    }

    Optional<Subscriber> subscriber(long listId, long contactId) {
        return database.dsl().select().from(LIST_SUBSCRIPTION).join(CONTACT).on(CONTACT.ID.eq(LIST_SUBSCRIPTION.CONTACT_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(CONTACT.ORGANIZATION_ID))
                .where(LIST_SUBSCRIPTION.LIST_ID.eq(listId), LIST_SUBSCRIPTION.CONTACT_ID.eq(contactId))
                .fetchOptional(MailingListRepository::toSubscriber);
    }

    void insert(long id, long listId, long contactId, Language language, ConsentKind kind, LocalDate consentOn,
                ConsentSource source, Instant at) {
        database.dsl().insertInto(LIST_SUBSCRIPTION)
                .set(LIST_SUBSCRIPTION.ID, id)
                .set(LIST_SUBSCRIPTION.LIST_ID, listId)
                .set(LIST_SUBSCRIPTION.CONTACT_ID, contactId)
                .set(LIST_SUBSCRIPTION.LANGUAGE, language == null ? null : language.code())
                .set(LIST_SUBSCRIPTION.CONSENT_KIND, kind.name())
                .set(LIST_SUBSCRIPTION.CONSENT_ON, consentOn)
                .set(LIST_SUBSCRIPTION.CONSENT_SOURCE, source.name())
                .set(LIST_SUBSCRIPTION.CREATED_AT, utc(at))
                .set(LIST_SUBSCRIPTION.UPDATED_AT, utc(at))
                .execute();
    }

    void resubscribe(long id, Language language, ConsentKind kind, LocalDate consentOn, ConsentSource source,
                     Instant at) {
        database.dsl().update(LIST_SUBSCRIPTION)
                .set(LIST_SUBSCRIPTION.LANGUAGE, language == null ? null : language.code())
                .set(LIST_SUBSCRIPTION.CONSENT_KIND, kind.name())
                .set(LIST_SUBSCRIPTION.CONSENT_ON, consentOn)
                .set(LIST_SUBSCRIPTION.CONSENT_SOURCE, source.name())
                .setNull(LIST_SUBSCRIPTION.UNSUBSCRIBED_ON)
                .setNull(LIST_SUBSCRIPTION.UNSUBSCRIBE_REASON)
                .set(LIST_SUBSCRIPTION.UPDATED_AT, utc(at))
                .where(LIST_SUBSCRIPTION.ID.eq(id)).execute();
    }

    void unsubscribe(long id, LocalDate on, String reason, Instant at) {
        database.dsl().update(LIST_SUBSCRIPTION)
                .set(LIST_SUBSCRIPTION.UNSUBSCRIBED_ON, on)
                .set(LIST_SUBSCRIPTION.UNSUBSCRIBE_REASON, reason)
                .set(LIST_SUBSCRIPTION.UPDATED_AT, utc(at))
                .where(LIST_SUBSCRIPTION.ID.eq(id)).execute();
    }

    void moveContact(long fromContactId, long toContactId) {
        List<Long> kept = database.dsl().select(LIST_SUBSCRIPTION.LIST_ID).from(LIST_SUBSCRIPTION)
                .where(LIST_SUBSCRIPTION.CONTACT_ID.eq(toContactId)).fetch(LIST_SUBSCRIPTION.LIST_ID);
        database.dsl().deleteFrom(LIST_SUBSCRIPTION)
                .where(LIST_SUBSCRIPTION.CONTACT_ID.eq(fromContactId), LIST_SUBSCRIPTION.LIST_ID.in(kept)).execute();
        database.dsl().update(LIST_SUBSCRIPTION).set(LIST_SUBSCRIPTION.CONTACT_ID, toContactId)
                .where(LIST_SUBSCRIPTION.CONTACT_ID.eq(fromContactId)).execute();
    }

    private static Subscriber toSubscriber(Record row) {
        String language = row.get(LIST_SUBSCRIPTION.LANGUAGE);
        return new Subscriber(row.get(LIST_SUBSCRIPTION.ID), row.get(LIST_SUBSCRIPTION.LIST_ID),
                row.get(CONTACT.ID), row.get(CONTACT.FULL_NAME), row.get(CONTACT.EMAIL),
                row.get(ORGANIZATION.NAME) != null ? row.get(ORGANIZATION.NAME)
                        : row.get(CONTACT.ORGANIZATION_NAME), language == null ? null : Language.fromCode(language),
                ConsentKind.valueOf(row.get(LIST_SUBSCRIPTION.CONSENT_KIND)), row.get(LIST_SUBSCRIPTION.CONSENT_ON),
                ConsentSource.valueOf(row.get(LIST_SUBSCRIPTION.CONSENT_SOURCE)),
                row.get(LIST_SUBSCRIPTION.UNSUBSCRIBED_ON), row.get(LIST_SUBSCRIPTION.UNSUBSCRIBE_REASON));
    }

    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
