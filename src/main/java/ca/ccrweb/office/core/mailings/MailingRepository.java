package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.l10n.Language;
import org.jooq.Record;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import static ca.ccrweb.office.core.db.schema.Tables.MAILING;
import static ca.ccrweb.office.core.db.schema.Tables.MAILING_ATTACHMENT;
import static ca.ccrweb.office.core.db.schema.Tables.MAILING_RECIPIENT;
import static ca.ccrweb.office.core.db.schema.Tables.MAIL_SERVER;
import static org.jooq.impl.DSL.count;

/** Mailings, their outbox rows and attachments, and the one row of mail server settings. */
final class MailingRepository {
    private static final int SERVER_ROW = 1;

    private final Database database;

    MailingRepository(Database database) {
        this.database = database;
    }

    /** The settings with the password still sealed, or none. */
    Optional<MailServer> server() {
        return database.dsl().selectFrom(MAIL_SERVER).where(MAIL_SERVER.ID.eq(SERVER_ROW)).fetchOptional(row ->
                new MailServer(row.getHost(), row.getPort(), MailSecurity.valueOf(row.getSecurity()), row.getUsername(),
                        row.getPasswordEncrypted(), row.getFromAddress(), row.getFromName(),
                        row.getMessagesPerMinute()));
    }

    void saveServer(MailServer server, String sealedPassword, Instant at) {
        database.dsl().deleteFrom(MAIL_SERVER).where(MAIL_SERVER.ID.eq(SERVER_ROW)).execute();
        database.dsl().insertInto(MAIL_SERVER)
                .set(MAIL_SERVER.ID, SERVER_ROW)
                .set(MAIL_SERVER.HOST, server.host())
                .set(MAIL_SERVER.PORT, server.port())
                .set(MAIL_SERVER.SECURITY, server.security().name())
                .set(MAIL_SERVER.USERNAME, server.username())
                .set(MAIL_SERVER.PASSWORD_ENCRYPTED, sealedPassword)
                .set(MAIL_SERVER.FROM_ADDRESS, server.fromAddress())
                .set(MAIL_SERVER.FROM_NAME, server.fromName())
                .set(MAIL_SERVER.MESSAGES_PER_MINUTE, server.messagesPerMinute())
                .set(MAIL_SERVER.UPDATED_AT, utc(at))
                .execute();
    }

    void insertMailing(long id, MailingDraft draft, String createdBy, Instant at) {
        Audience audience = draft.audience();
        database.dsl().insertInto(MAILING)
                .set(MAILING.ID, id)
                .set(MAILING.AUDIENCE, audience.kind().name())
                .set(MAILING.LIST_ID, audience.listId())
                .set(MAILING.EVENT_ID, audience.eventId())
                .set(MAILING.AUDIENCE_STATUS, audience.registrationStatus() == null ? null
                        : audience.registrationStatus().name())
                .set(MAILING.FUND_YEAR, audience.fundYear())
                .set(MAILING.SUBJECT_FR, draft.subjectFr())
                .set(MAILING.SUBJECT_EN, draft.subjectEn())
                .set(MAILING.BODY_FR, draft.bodyFr())
                .set(MAILING.BODY_EN, draft.bodyEn())
                .set(MAILING.STATUS, MailingStatus.SENDING.name())
                .set(MAILING.CREATED_BY, createdBy)
                .set(MAILING.CREATED_AT, utc(at))
                .set(MAILING.QUEUED_AT, utc(at))
                .execute();
    }

    void insertAttachment(long id, long mailingId, Attachment attachment) {
        database.dsl().insertInto(MAILING_ATTACHMENT)
                .set(MAILING_ATTACHMENT.ID, id)
                .set(MAILING_ATTACHMENT.MAILING_ID, mailingId)
                .set(MAILING_ATTACHMENT.FILE_NAME, attachment.fileName())
                .set(MAILING_ATTACHMENT.MEDIA_TYPE, attachment.mediaType())
                .set(MAILING_ATTACHMENT.CONTENT, attachment.content())
                .execute();
    }

    List<Attachment> attachments(long mailingId) {
        return database.dsl().selectFrom(MAILING_ATTACHMENT).where(MAILING_ATTACHMENT.MAILING_ID.eq(mailingId))
                .orderBy(MAILING_ATTACHMENT.ID)
                .fetch(row -> new Attachment(row.getFileName(), row.getMediaType(), row.getContent()));
    }

    void insertRecipients(long mailingId, List<Recipient> recipients, LongSupplier ids) {
        int position = 0;
        for (int start = 0; start < recipients.size(); start += 500) {
            var insert = database.dsl().insertInto(MAILING_RECIPIENT, MAILING_RECIPIENT.ID,
                    MAILING_RECIPIENT.MAILING_ID, MAILING_RECIPIENT.POSITION, MAILING_RECIPIENT.EMAIL,
                    MAILING_RECIPIENT.EMAIL_KEY, MAILING_RECIPIENT.FULL_NAME, MAILING_RECIPIENT.ORGANIZATION_NAME,
                    MAILING_RECIPIENT.EVENT_TITLE, MAILING_RECIPIENT.LANGUAGE, MAILING_RECIPIENT.STATUS,
                    MAILING_RECIPIENT.ATTEMPTS);
            for (Recipient recipient : recipients.subList(start, Math.min(start + 500, recipients.size()))) {
                insert = insert.values(ids.getAsLong(), mailingId, ++position, recipient.email().strip(),
                        RecipientRule.key(recipient.email()), recipient.fullName(), recipient.organizationName(),
                        recipient.eventTitle(), recipient.language() == null ? null : recipient.language().code(),
                        DeliveryStatus.PENDING.name(), 0);
            }
            insert.execute();
        }
    }

    Optional<Mailing> mailing(long id) {
        return database.dsl().selectFrom(MAILING).where(MAILING.ID.eq(id)).fetchOptional(MailingRepository::toMailing);
    }

    List<Mailing> mailings() {
        return database.dsl().selectFrom(MAILING).orderBy(MAILING.CREATED_AT.desc(), MAILING.ID.desc())
                .fetch(MailingRepository::toMailing);
    }

    void setStatus(long mailingId, MailingStatus status, Instant finishedAt) {
        database.dsl().update(MAILING).set(MAILING.STATUS, status.name())
                .set(MAILING.FINISHED_AT, finishedAt == null ? null : utc(finishedAt))
                .where(MAILING.ID.eq(mailingId)).execute();
    }

    List<Delivery> deliveries(long mailingId) {
        return database.dsl().selectFrom(MAILING_RECIPIENT).where(MAILING_RECIPIENT.MAILING_ID.eq(mailingId))
                .orderBy(MAILING_RECIPIENT.POSITION).fetch(MailingRepository::toDelivery);
    }

    Optional<Delivery> nextPending(long mailingId) {
        return database.dsl().selectFrom(MAILING_RECIPIENT)
                .where(MAILING_RECIPIENT.MAILING_ID.eq(mailingId),
                        MAILING_RECIPIENT.STATUS.eq(DeliveryStatus.PENDING.name()))
                .orderBy(MAILING_RECIPIENT.POSITION).limit(1).fetchOptional(MailingRepository::toDelivery);
    }

    /** Moves a row from one state to another only if it is still in the first: false when someone else moved it. */
    boolean move(long deliveryId, DeliveryStatus from, DeliveryStatus to, String reply, Instant at) {
        var update = database.dsl().update(MAILING_RECIPIENT).set(MAILING_RECIPIENT.STATUS, to.name());
        if (to == DeliveryStatus.SENDING) {
            update = update.set(MAILING_RECIPIENT.ATTEMPTS, MAILING_RECIPIENT.ATTEMPTS.plus(1))
                    .set(MAILING_RECIPIENT.ATTEMPTED_AT, utc(at));
        }
        if (to == DeliveryStatus.SENT) {
            update = update.set(MAILING_RECIPIENT.SENT_AT, utc(at));
        }
        if (reply != null) {
            update = update.set(MAILING_RECIPIENT.SERVER_REPLY, reply);
        }
        return update.where(MAILING_RECIPIENT.ID.eq(deliveryId), MAILING_RECIPIENT.STATUS.eq(from.name()))
                .execute() == 1;
    }

    /** Moves every row of the mailing in one of {@code from} to {@code to}; returns how many. */
    int moveAll(long mailingId, List<DeliveryStatus> from, DeliveryStatus to) {
        return database.dsl().update(MAILING_RECIPIENT).set(MAILING_RECIPIENT.STATUS, to.name())
                .where(MAILING_RECIPIENT.MAILING_ID.eq(mailingId),
                        MAILING_RECIPIENT.STATUS.in(from.stream().map(Enum::name).toList()))
                .execute();
    }

    Map<DeliveryStatus, Integer> tally(long mailingId) {
        Map<DeliveryStatus, Integer> counts = new EnumMap<>(DeliveryStatus.class);
        database.dsl().select(MAILING_RECIPIENT.STATUS, count()).from(MAILING_RECIPIENT)
                .where(MAILING_RECIPIENT.MAILING_ID.eq(mailingId)).groupBy(MAILING_RECIPIENT.STATUS)
                .forEach(row -> counts.put(DeliveryStatus.valueOf(row.value1()), row.value2()));
        return counts;
    }

    private static Mailing toMailing(Record row) {
        String status = row.get(MAILING.AUDIENCE_STATUS);
        Audience audience = new Audience(AudienceKind.valueOf(row.get(MAILING.AUDIENCE)), row.get(MAILING.LIST_ID),
                row.get(MAILING.EVENT_ID), status == null ? null : RegistrationStatus.valueOf(status),
                row.get(MAILING.FUND_YEAR));
        LocalDateTime finished = row.get(MAILING.FINISHED_AT);
        return new Mailing(row.get(MAILING.ID), audience, row.get(MAILING.SUBJECT_FR), row.get(MAILING.SUBJECT_EN),
                row.get(MAILING.BODY_FR), row.get(MAILING.BODY_EN), MailingStatus.valueOf(row.get(MAILING.STATUS)),
                row.get(MAILING.CREATED_BY), row.get(MAILING.CREATED_AT).toInstant(ZoneOffset.UTC),
                finished == null ? null : finished.toInstant(ZoneOffset.UTC));
    }

    private static Delivery toDelivery(Record row) {
        String language = row.get(MAILING_RECIPIENT.LANGUAGE);
        LocalDateTime sent = row.get(MAILING_RECIPIENT.SENT_AT);
        return new Delivery(row.get(MAILING_RECIPIENT.ID), row.get(MAILING_RECIPIENT.MAILING_ID),
                row.get(MAILING_RECIPIENT.POSITION), row.get(MAILING_RECIPIENT.EMAIL),
                row.get(MAILING_RECIPIENT.FULL_NAME), row.get(MAILING_RECIPIENT.ORGANIZATION_NAME),
                row.get(MAILING_RECIPIENT.EVENT_TITLE), language == null ? null : Language.fromCode(language),
                DeliveryStatus.valueOf(row.get(MAILING_RECIPIENT.STATUS)), row.get(MAILING_RECIPIENT.ATTEMPTS),
                row.get(MAILING_RECIPIENT.SERVER_REPLY), sent == null ? null : sent.toInstant(ZoneOffset.UTC));
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
