package ca.ccrweb.office.core.mailings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The office's own SMTP server and the sender's identity. The password is held in clear only in memory; the
 * database keeps it encrypted and the audit trail only says whether one is set.
 */
public record MailServer(String host, int port, MailSecurity security, String username, String password,
                         String fromAddress, String fromName, int messagesPerMinute) {
    public static final int DEFAULT_MESSAGES_PER_MINUTE = 60;
    /** Stands for a saved password on the settings screen, which never opens it. */
    public static final String HIDDEN = "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022";

    public boolean authenticates() {
        return username != null && !username.isBlank();
    }

    @Override
    public String toString() {
        return "MailServer" + audited();
    }

    Map<String, Object> audited() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("host", host);
        values.put("port", port);
        values.put("security", security == null ? null : security.name());
        values.put("username", username);
        values.put("passwordSet", password != null && !password.isEmpty());
        values.put("fromAddress", fromAddress);
        values.put("fromName", fromName);
        values.put("messagesPerMinute", messagesPerMinute);
        return values;
    }
}
