package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.office.OfficeSettings;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.AuthenticationFailedException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Member mailings and list mailings, sent through the office's own SMTP server by way of an outbox: the whole
 * recipient list is frozen in the database (one row per address) before the first message leaves, and each row
 * is claimed in its own transaction just before the server is told about it. A run that stops anywhere (closed
 * window, crash, lost connection) is resumed by running it again; nobody gets the message twice (ADR 0021).
 */
public final class MailingService {
    /** The most attachments weigh together: most servers refuse messages above 10 to 25 MB. */
    public static final int MOST_ATTACHMENT_BYTES = 10 * 1024 * 1024;
    public static final int MOST_MESSAGES_PER_MINUTE = 6_000;
    /**
     * The file of a workstation's data folder that held the key of the mail server's password before the key
     * became one per database (ADR 0029): still read, so that a password sealed with it is sealed again.
     */
    public static final String SECRET_KEY_FILE = "mail-server.key";
    /**
     * A system property naming a mail server whose certificate is accepted without a known authority: for a
     * test server or an office server with a self-made certificate, and never set by default.
     */
    public static final String TRUSTED_HOST_PROPERTY = "ccr.office.mail.trustHost";

    private static final String SENT_ELSEWHERE = "sent with another tool";

    private final Database database;
    private final MailingRepository mailings;
    private final RecipientRule rule;
    private final SecretBox secrets;
    private final Supplier<OfficeSettings> office;
    private final Ids ids;
    private final Clock clock;
    private final Actor actor;
    private final AuditLog audit;
    private final Access access;
    private final String trustedHost;
    private Pacer pacer = Pacer.SLEEP;

    /** Waits between two messages so that the server's rate limit is kept. */
    @FunctionalInterface
    public interface Pacer {
        Pacer SLEEP = pause -> Thread.sleep(pause);

        void pause(Duration pause) throws InterruptedException;
    }

    /** Told after each recipient: how many of the mailing's recipients are done, of how many. */
    @FunctionalInterface
    public interface SendProgress {
        SendProgress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    /**
     * @param workstationKeyFile where this workstation's old password key file is (asked only if needed), or null
     * @param trustedHost        a server whose certificate is taken without an authority (tests), or null
     */
    public MailingService(Database database, Supplier<OfficeSettings> office, Supplier<Path> workstationKeyFile,
                          String trustedHost,
                          Ids ids, Clock clock, Actor actor, AuditLog audit, Access access) {
        this.database = database;
        this.mailings = new MailingRepository(database);
        this.rule = new RecipientRule(database, clock);
        this.secrets = new SecretBox(MailKey.of(database, clock), workstationKeyFile);
        this.office = office;
        this.trustedHost = trustedHost;
        this.ids = ids;
        this.clock = clock;
        this.actor = actor;
        this.audit = audit;
        this.access = access;
    }

    /** Replaces the wait between messages (tests that must not depend on time). */
    public void pacer(Pacer replacement) {
        this.pacer = replacement;
    }

    // ---- the mail server -------------------------------------------------------------------------------------

    /**
     * The saved settings with the password readable, or empty before anyone saved them; opening the password asks
     * for the database's mail key now (ADR 0029). A password still sealed with this workstation's old key file is
     * sealed again with the database's key, so that the other workstations can read it from now on.
     */
    public Optional<MailServer> server() {
        return mailings.server().map(saved -> {
            String password = secrets.open(saved.password());
            if (secrets.sealedWithTheWorkstationKey(saved.password())) {
                database.transaction(() -> {
                    mailings.saveServer(saved, secrets.seal(password), clock.instant());
                    audit.changed("RESEAL", "mail_server", 1, Map.of("passwordKey", "workstation"),
                            Map.of("passwordKey", "database"));
                });
            }
            return new MailServer(saved.host(), saved.port(), saved.security(), saved.username(), password,
                    saved.fromAddress(), saved.fromName(), saved.messagesPerMinute());
        });
    }

    /**
     * The saved settings for the settings screen, without opening the password (no key is needed to look at them):
     * the password is {@link MailServer#HIDDEN} when one is saved, null when none is.
     */
    public Optional<MailServer> settings() {
        return mailings.server().map(saved -> new MailServer(saved.host(), saved.port(), saved.security(),
                saved.username(), saved.password() == null ? null : MailServer.HIDDEN, saved.fromAddress(),
                saved.fromName(), saved.messagesPerMinute()));
    }

    /**
     * Saves the server; a null password keeps the one saved before. The password is stored encrypted and the
     * audit trail only records whether one is set.
     */
    public MailServer saveServer(MailServer wanted) {
        access.require(Permission.MANAGE_OFFICE_SETTINGS, "SAVE_MAIL_SERVER");
        Validator validator = new Validator();
        String host = validator.required("host", wanted.host(), 200);
        if (wanted.port() < 1 || wanted.port() > 65_535) {
            validator.reject("port", "mailings.error.port");
        }
        MailSecurity security = validator.required("security", wanted.security());
        String username = validator.optional("username", wanted.username(), 200);
        String from = validator.requiredEmail("fromAddress", wanted.fromAddress());
        String fromName = validator.optional("fromName", wanted.fromName(), 200);
        if (wanted.messagesPerMinute() < 1 || wanted.messagesPerMinute() > MOST_MESSAGES_PER_MINUTE) {
            validator.reject("messagesPerMinute", "mailings.error.rate", MOST_MESSAGES_PER_MINUTE);
        }
        validator.throwIfInvalid();
        String sealedNow = wanted.password() == null || wanted.password().isEmpty() ? null
                : secrets.seal(wanted.password());
        return database.transaction(() -> {
            Optional<MailServer> before = mailings.server();
            String sealed = wanted.password() == null ? before.map(MailServer::password).orElse(null) : sealedNow;
            MailServer checked = new MailServer(host, wanted.port(), security, username, sealed, from, fromName,
                    wanted.messagesPerMinute());
            mailings.saveServer(checked, sealed, clock.instant());
            audit.changed("UPDATE", "mail_server", 1, before.map(MailServer::audited).orElse(null), checked.audited());
            return settings().orElseThrow();
        });
    }

    // ---- audiences and composing ------------------------------------------------------------------------------

    /** Who the audience is today, each address once. */
    public List<Recipient> recipients(Audience audience) {
        checkAudience(new Validator(), audience).throwIfInvalid();
        return rule.recipients(audience);
    }

    /** The message one recipient would receive in {@code language} (the first recipient reading it, or a sample). */
    public MailText.Message preview(MailingDraft draft, Language language) {
        Recipient sample = rule.recipients(draft.audience()).stream().filter(r -> r.language() == language)
                .findFirst().orElse(new Recipient("", "", "", "", language));
        return MailText.compose(nonNull(draft.subjectFr()), nonNull(draft.subjectEn()), nonNull(draft.bodyFr()),
                nonNull(draft.bodyEn()), sample, office.get());
    }

    /**
     * Writes the mailing, its attachments and its outbox (one row per recipient, frozen now) in one transaction.
     * Nothing is sent yet: {@link #send} does that, and can be run again until every row is done.
     */
    public Mailing queue(MailingDraft draft) {
        access.require(Permission.SEND_MAILINGS, "QUEUE_MAILING");
        Validator validator = checkAudience(new Validator(), draft.audience());
        String subjectFr = validator.required("subjectFr", draft.subjectFr(), 300);
        String subjectEn = validator.required("subjectEn", draft.subjectEn(), 300);
        String bodyFr = validator.required("bodyFr", draft.bodyFr(), 100_000);
        String bodyEn = validator.required("bodyEn", draft.bodyEn(), 100_000);
        MailText.checkFields(validator, "bodyFr", bodyFr);
        MailText.checkFields(validator, "bodyEn", bodyEn);
        long bytes = draft.attachments().stream().mapToLong(file -> file.content().length).sum();
        if (bytes > MOST_ATTACHMENT_BYTES) {
            validator.reject("attachments", "mailings.error.attachmentsTooLarge", MOST_ATTACHMENT_BYTES / (1024 * 1024));
        }
        validator.throwIfInvalid();
        MailingDraft checked = new MailingDraft(draft.audience(), subjectFr, subjectEn, bodyFr, bodyEn,
                draft.attachments());
        return database.transaction(() -> {
            List<Recipient> recipients = rule.recipients(checked.audience());
            if (recipients.isEmpty()) {
                throw new OfficeException("mailings.error.noRecipients");
            }
            long id = ids.next();
            mailings.insertMailing(id, checked, actor.name(), clock.instant());
            for (Attachment attachment : checked.attachments()) {
                mailings.insertAttachment(ids.next(), id, attachment);
            }
            mailings.insertRecipients(id, recipients, ids::next);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("audience", checked.audience().kind().name());
            after.put("subjectFr", subjectFr);
            after.put("subjectEn", subjectEn);
            after.put("recipients", recipients.size());
            after.put("attachments", checked.attachments().stream().map(Attachment::fileName).toList());
            audit.changed("QUEUE", "mailing", id, null, after);
            return mailings.mailing(id).orElseThrow();
        });
    }

    private Validator checkAudience(Validator validator, Audience audience) {
        if (audience == null || audience.kind() == null) {
            validator.reject("audience", "mailings.error.audience");
            return validator;
        }
        switch (audience.kind()) {
            case LIST -> {
                if (audience.listId() == null) {
                    validator.reject("audience", "mailings.error.audienceList");
                }
            }
            case EVENT_REGISTRANTS -> {
                if (audience.eventId() == null) {
                    validator.reject("audience", "mailings.error.audienceEvent");
                }
            }
            case FUND_APPLICANTS -> {
                if (audience.fundYear() == null) {
                    validator.reject("audience", "mailings.error.audienceYear");
                }
            }
            default -> {
            }
        }
        return validator;
    }

    // ---- the archive ------------------------------------------------------------------------------------------

    public List<Mailing> mailings() {
        return mailings.mailings();
    }

    public Optional<Mailing> mailing(long mailingId) {
        return mailings.mailing(mailingId);
    }

    public List<Delivery> deliveries(long mailingId) {
        return mailings.deliveries(mailingId);
    }

    public List<Attachment> attachments(long mailingId) {
        return mailings.attachments(mailingId);
    }

    public Tally tally(long mailingId) {
        return Tally.of(mailings.tally(mailingId));
    }

    /** Stops the rest: every recipient not yet sent to is cancelled; a run in progress stops after its message. */
    public Tally cancel(long mailingId) {
        access.require(Permission.SEND_MAILINGS, "CANCEL_MAILING");
        return database.transaction(() -> {
            Mailing mailing = require(mailingId);
            if (mailing.status() == MailingStatus.SENDING) {
                int cancelled = mailings.moveAll(mailingId, List.of(DeliveryStatus.PENDING), DeliveryStatus.CANCELLED);
                mailings.setStatus(mailingId, MailingStatus.CANCELLED, clock.instant());
                audit.changed("CANCEL", "mailing", mailingId, Map.of("status", mailing.status().name()),
                        Map.of("status", MailingStatus.CANCELLED.name(), "cancelledRecipients", cancelled));
            }
            return tally(mailingId);
        });
    }

    /**
     * "Send again to those who failed": the refused, failed and in-doubt recipients go back to the outbox (the
     * mailing sends again); returns how many. {@link #send} then sends to them.
     */
    public int requeueFailed(long mailingId) {
        access.require(Permission.SEND_MAILINGS, "REQUEUE_MAILING");
        return database.transaction(() -> {
            Mailing mailing = require(mailingId);
            int again = mailings.moveAll(mailingId, List.of(DeliveryStatus.REFUSED, DeliveryStatus.FAILED,
                    DeliveryStatus.IN_DOUBT), DeliveryStatus.PENDING);
            if (again > 0) {
                mailings.setStatus(mailingId, MailingStatus.SENDING, null);
                audit.changed("REQUEUE", "mailing", mailingId, Map.of("status", mailing.status().name()),
                        Map.of("status", MailingStatus.SENDING.name(), "recipients", again));
            }
            return again;
        });
    }

    /**
     * For an office that sent the mailing with another tool (from {@code export recipients}): the recipients still
     * waiting are recorded as sent, with a reply saying so, and the mailing is closed.
     */
    public Tally recordSentElsewhere(long mailingId) {
        access.require(Permission.SEND_MAILINGS, "SENT_ELSEWHERE");
        return database.transaction(() -> {
            Mailing mailing = require(mailingId);
            if (mailing.status() != MailingStatus.SENDING) {
                return tally(mailingId);
            }
            int recorded = 0;
            for (Delivery delivery : mailings.deliveries(mailingId)) {
                if (delivery.status() == DeliveryStatus.PENDING && mailings.move(delivery.id(), DeliveryStatus.PENDING,
                        DeliveryStatus.SENT, SENT_ELSEWHERE, clock.instant())) {
                    recorded++;
                }
            }
            mailings.setStatus(mailingId, MailingStatus.FINISHED, clock.instant());
            audit.changed("SENT_ELSEWHERE", "mailing", mailingId, Map.of("status", mailing.status().name()),
                    Map.of("status", MailingStatus.FINISHED.name(), "recipients", recorded));
            return tally(mailingId);
        });
    }

    // ---- sending ----------------------------------------------------------------------------------------------

    /**
     * Sends the mailing's outbox until it is empty, {@code stop} says so or the connection is lost (then the
     * error says so and running this again resumes). A row found SENDING was being sent when an earlier run
     * stopped: it becomes IN_DOUBT and is not sent again by itself.
     */
    public Tally send(long mailingId, SendProgress progress, BooleanSupplier stop) {
        access.require(Permission.SEND_MAILINGS, "SEND_MAILING");
        Mailing mailing = require(mailingId);
        if (mailing.status() != MailingStatus.SENDING) {
            return tally(mailingId);
        }
        if (MailText.waitsForWithheld(mailing.bodyFr()) || MailText.waitsForWithheld(mailing.bodyEn())) {
            return giveUpWithheld(mailing);
        }
        return send(mailing, progress, stop, Map.of(), List.of());
    }

    /**
     * Sends one letter now through the outbox: the mailing (audience: one person) and its one row are written first,
     * then sent as any mailing is, so the archive and the audit trail show it. Withheld values and attachments are
     * only in memory: a send interrupted here is not resumed with them (the letter is marked failed instead).
     * Returns the letter's one outbox row: sent, or refused with the server's reply.
     */
    public Delivery sendLetter(Letter letter) {
        access.require(Permission.SEND_MAILINGS, "SEND_LETTER");
        Validator validator = new Validator();
        validator.requiredEmail("email", letter.recipient().email());
        validator.throwIfInvalid();
        server().orElseThrow(() -> new OfficeException("mailings.error.noServer"));
        Mailing mailing = database.transaction(() -> {
            long id = ids.next();
            mailings.insertMailing(id, new MailingDraft(Audience.onePerson(), letter.subjectFr(), letter.subjectEn(),
                    letter.bodyFr(), letter.bodyEn(), letter.attachments()), actor.name(), clock.instant());
            for (Attachment attachment : letter.attachments()) {
                mailings.insertAttachment(ids.next(), id, attachment);
            }
            mailings.insertRecipients(id, List.of(letter.recipient()), ids::next);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("audience", AudienceKind.ONE_PERSON.name());
            after.put("letter", letter.kind().name());
            after.put("to", letter.recipient().email());
            after.put("subject", letter.recipient().language() == Language.EN ? letter.subjectEn() : letter.subjectFr());
            after.put("attachments", java.util.stream.Stream.concat(letter.attachments().stream(),
                    letter.withheldAttachments().stream()).map(Attachment::fileName).toList());
            audit.changed("QUEUE", "mailing", id, null, after);
            return mailings.mailing(id).orElseThrow();
        });
        try {
            send(mailing, SendProgress.NONE, () -> false, letter.withheld(), letter.withheldAttachments());
        } finally {
            if (!letter.withheld().isEmpty() && require(mailing.id()).status() == MailingStatus.SENDING) {
                giveUpWithheld(mailing);
            }
        }
        return mailings.deliveries(mailing.id()).getFirst();
    }

    /** A letter whose withheld values are gone (another run, a crash) cannot be sent any more: it is marked failed. */
    private Tally giveUpWithheld(Mailing mailing) {
        return database.transaction(() -> {
            mailings.moveAll(mailing.id(), List.of(DeliveryStatus.PENDING, DeliveryStatus.SENDING),
                    DeliveryStatus.FAILED);
            mailings.setStatus(mailing.id(), MailingStatus.FINISHED, clock.instant());
            audit.failed("SEND_LETTER", "mailing", mailing.id(), Map.of("reason", "withheld values not kept"));
            return tally(mailing.id());
        });
    }

    private Tally send(Mailing mailing, SendProgress progress, BooleanSupplier stop, Map<String, String> withheld,
                       List<Attachment> withheldAttachments) {
        long mailingId = mailing.id();
        boolean onePerson = mailing.audience().kind() == AudienceKind.ONE_PERSON;
        int inDoubt = database.transaction(() ->
                mailings.moveAll(mailingId, List.of(DeliveryStatus.SENDING), DeliveryStatus.IN_DOUBT));
        if (inDoubt > 0) {
            audit.failed("SEND_MAILING", "mailing", mailingId, Map.of("inDoubt", inDoubt));
        }
        MailServer server = server().orElseThrow(() -> new OfficeException("mailings.error.noServer"));
        OfficeSettings identity = office.get();
        List<Attachment> attachments = new java.util.ArrayList<>(mailings.attachments(mailingId));
        attachments.addAll(withheldAttachments);
        Duration pause = Duration.ofMillis(60_000L / server.messagesPerMinute());
        SmtpConnection connection = null;
        try {
            while (!stop.getAsBoolean()) {
                Optional<Delivery> next = mailings.nextPending(mailingId);
                if (next.isEmpty()) {
                    break;
                }
                Delivery delivery = next.get();
                if (connection == null) {
                    connection = connect(server);
                }
                if (!database.transaction(() -> mailings.move(delivery.id(), DeliveryStatus.PENDING,
                        DeliveryStatus.SENDING, null, clock.instant()))) {
                    continue;
                }
                MailText.Message text = MailText.fill(MailText.compose(mailing.subjectFr(), mailing.subjectEn(),
                        mailing.bodyFr(), mailing.bodyEn(), delivery.recipient(), identity, !onePerson), withheld);
                try {
                    connection.send(delivery.email(), text, attachments,
                            "<" + delivery.id() + "." + mailingId + "@ccr-office>", onePerson ? null : identity.email());
                    mailings.move(delivery.id(), DeliveryStatus.SENDING, DeliveryStatus.SENT, null, clock.instant());
                } catch (SendFailedException refused) {
                    mailings.move(delivery.id(), DeliveryStatus.SENDING, DeliveryStatus.REFUSED,
                            reply(refused), clock.instant());
                } catch (MessagingException lost) {
                    mailings.move(delivery.id(), DeliveryStatus.SENDING, DeliveryStatus.IN_DOUBT, reply(lost),
                            clock.instant());
                    Tally now = tally(mailingId);
                    throw new OfficeException(lost, "mailings.error.connectionLost", reply(lost),
                            now.count(DeliveryStatus.PENDING));
                }
                Tally now = tally(mailingId);
                progress.update(now.total() - now.count(DeliveryStatus.PENDING), now.total());
                if (mailings.nextPending(mailingId).isPresent()) {
                    pause(pause);
                }
            }
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
        return database.transaction(() -> {
            Tally done = tally(mailingId);
            Mailing current = require(mailingId);
            if (current.status() == MailingStatus.SENDING && done.count(DeliveryStatus.PENDING) == 0
                    && done.count(DeliveryStatus.SENDING) == 0) {
                mailings.setStatus(mailingId, MailingStatus.FINISHED, clock.instant());
                audit.changed("SEND", "mailing", mailingId, Map.of("status", MailingStatus.SENDING.name()),
                        Map.of("status", MailingStatus.FINISHED.name(),
                                "sent", done.count(DeliveryStatus.SENT), "refused", done.count(DeliveryStatus.REFUSED),
                                "inDoubt", done.count(DeliveryStatus.IN_DOUBT)));
            }
            return done;
        });
    }

    private SmtpConnection connect(MailServer server) {
        try {
            return SmtpConnection.open(server, trustedHost);
        } catch (AuthenticationFailedException e) {
            throw new OfficeException(e, "mailings.error.login", server.host(), reply(e));
        } catch (MessagingException e) {
            throw new OfficeException(e, "mailings.error.connect", server.host(), server.port(), reply(e));
        }
    }

    private void pause(Duration pause) {
        try {
            pacer.pause(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OfficeException(e, "mailings.error.interrupted");
        }
    }

    /** The server's own words (its reply line), or what went wrong on the way to it. */
    private static String reply(MessagingException e) {
        Exception next = e;
        String text = e.getMessage();
        while (next instanceof MessagingException messaging && messaging.getNextException() != null) {
            next = messaging.getNextException();
            if (next.getMessage() != null) {
                text = next.getMessage();
            }
        }
        if (text == null) {
            text = e.getClass().getSimpleName();
        }
        text = text.strip();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private Mailing require(long mailingId) {
        return mailings.mailing(mailingId).orElseThrow(() -> new OfficeException("mailings.error.noSuchMailing",
                String.valueOf(mailingId)));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
