package ca.ccrweb.office.core.mailings;

import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * One connection to the office's SMTP server (Angus Mail): STARTTLS required or TLS from the start, login when
 * a user is set. {@code trustedHost} names a server whose certificate is accepted without a known authority
 * (a test server); null in the application.
 */
final class SmtpConnection implements AutoCloseable {
    private final MailServer server;
    private final Session session;
    private final Transport transport;

    private SmtpConnection(MailServer server, Session session, Transport transport) {
        this.server = server;
        this.session = session;
        this.transport = transport;
    }

    static SmtpConnection open(MailServer server, String trustedHost) throws MessagingException {
        Session session = Session.getInstance(properties(server, trustedHost));
        Transport transport = session.getTransport(server.security() == MailSecurity.TLS ? "smtps" : "smtp");
        if (server.authenticates()) {
            transport.connect(server.host(), server.port(), server.username(), server.password());
        } else {
            transport.connect(server.host(), server.port(), null, null);
        }
        return new SmtpConnection(server, session, transport);
    }

    private static Properties properties(MailServer server, String trustedHost) {
        Properties properties = new Properties();
        String protocol = server.security() == MailSecurity.TLS ? "smtps" : "smtp";
        String prefix = "mail." + protocol + ".";
        properties.put(prefix + "host", server.host());
        properties.put(prefix + "port", String.valueOf(server.port()));
        properties.put(prefix + "auth", String.valueOf(server.authenticates()));
        properties.put(prefix + "connectiontimeout", "30000");
        properties.put(prefix + "timeout", "60000");
        properties.put(prefix + "writetimeout", "60000");
        if (server.security() == MailSecurity.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (server.security() != MailSecurity.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", String.valueOf(trustedHost == null));
            if (trustedHost != null) {
                properties.put(prefix + "ssl.trust", trustedHost);
            }
        }
        return properties;
    }

    /** Sends one message; a refusal by the server comes back as {@link jakarta.mail.SendFailedException}. */
    void send(String to, MailText.Message text, List<Attachment> attachments, String messageId,
              String unsubscribeAddress) throws MessagingException {
        MimeMessage message = new IdentifiedMessage(session, messageId);
        try {
            message.setFrom(new InternetAddress(server.fromAddress(), server.fromName(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException(e.getMessage(), e);
        }
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, false));
        message.setSubject(text.subject(), StandardCharsets.UTF_8.name());
        if (unsubscribeAddress != null) {
            message.setHeader("List-Unsubscribe", "<mailto:" + unsubscribeAddress + "?subject=unsubscribe>");
        }
        if (attachments.isEmpty()) {
            message.setText(text.text(), StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text.text(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(body);
            for (Attachment attachment : attachments) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                        attachment.mediaType())));
                file.setFileName(attachment.fileName());
                parts.addBodyPart(file);
            }
            message.setContent(parts);
        }
        message.saveChanges();
        Address[] recipients = message.getAllRecipients();
        transport.sendMessage(message, recipients);
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // The connection is being given up; what was sent is already recorded.
        }
    }

    /** A message whose Message-ID is the outbox row's, so a copy sent again is recognisable as the same. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
