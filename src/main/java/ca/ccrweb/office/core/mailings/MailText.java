package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.office.OfficeSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one message: the body with its merge fields filled for one recipient, then the council's
 * identity and the unsubscribe line CASL asks for. A recipient whose language is not known gets both versions,
 * French first.
 */
public final class MailText {
    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}]+?)\\s*}}");
    private static final List<String> ORGANIZATION = List.of("organization", "organisme");
    private static final List<String> NAME = List.of("name", "nom");
    private static final List<String> EVENT = List.of("event", "evenement", "événement");

    private MailText() {
    }

    public record Message(String subject, String text) {
    }

    /** The message {@code recipient} receives (in their language, or both) for this subject and body. */
    public static Message compose(String subjectFr, String subjectEn, String bodyFr, String bodyEn,
                                  Recipient recipient, OfficeSettings office) {
        return compose(subjectFr, subjectEn, bodyFr, bodyEn, recipient, office, true);
    }

    /**
     * {@code unsubscribeLine} false for a message sent to one person about their own business (a receipt, a
     * welcome letter): it carries the council's identity but is not a mailing one unsubscribes from.
     */
    static Message compose(String subjectFr, String subjectEn, String bodyFr, String bodyEn, Recipient recipient,
                           OfficeSettings office, boolean unsubscribeLine) {
        if (recipient.language() != null) {
            Language language = recipient.language();
            return new Message(language == Language.FR ? subjectFr : subjectEn,
                    merge(language == Language.FR ? bodyFr : bodyEn, recipient)
                            + footer(language, office, unsubscribeLine));
        }
        return new Message(subjectFr + " / " + subjectEn, merge(bodyFr, recipient)
                + footer(Language.FR, office, unsubscribeLine) + "\n\n* * *\n\n" + merge(bodyEn, recipient)
                + footer(Language.EN, office, unsubscribeLine));
    }

    /** Fills values known only while sending (never stored), e.g. an activation code. */
    static Message fill(Message message, java.util.Map<String, String> withheld) {
        String text = message.text();
        for (var value : withheld.entrySet()) {
            text = text.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return new Message(message.subject(), text);
    }

    /** Whether a stored body still waits for a value that was never stored. */
    static boolean waitsForWithheld(String body) {
        return body != null && body.contains("{{" + Letters.ACTIVATION_CODE + "}}");
    }

    /** The fields a body may name between double braces, in either language. */
    public static List<String> fields() {
        return List.of("{{organization}}", "{{name}}", "{{event}}");
    }

    /** Rejects a body naming a field that does not exist (a typo would otherwise reach every recipient). */
    static void checkFields(Validator validator, String field, String body) {
        if (body == null) {
            return;
        }
        Matcher matcher = FIELD.matcher(body);
        while (matcher.find()) {
            if (value(matcher.group(1), new Recipient("", "", "", "", null)) == null) {
                validator.reject(field, "mailings.error.unknownField", matcher.group(0), String.join(", ", fields()));
                return;
            }
        }
    }

    static String merge(String body, Recipient recipient) {
        Matcher matcher = FIELD.matcher(body);
        StringBuilder merged = new StringBuilder();
        while (matcher.find()) {
            String value = value(matcher.group(1), recipient);
            matcher.appendReplacement(merged, Matcher.quoteReplacement(value == null ? matcher.group(0) : value));
        }
        matcher.appendTail(merged);
        return merged.toString();
    }

    private static String value(String name, Recipient recipient) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (ORGANIZATION.contains(key)) {
            return nonNull(recipient.organizationName());
        }
        if (NAME.contains(key)) {
            return nonNull(recipient.fullName() != null ? recipient.fullName() : recipient.organizationName());
        }
        if (EVENT.contains(key)) {
            return nonNull(recipient.eventTitle());
        }
        return null;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** The council's identity (name, address, contact) and how to stop receiving these messages. */
    static String footer(Language language, OfficeSettings office) {
        return footer(language, office, true);
    }

    private static String footer(Language language, OfficeSettings office, boolean unsubscribeLine) {
        Messages messages = Messages.of(language);
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("welcome.letter.council"));
        if (office.addressLines() != null) {
            lines.addAll(office.addressLines().lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        }
        List<String> contact = new ArrayList<>();
        if (office.phone() != null) {
            contact.add(office.phone());
        }
        if (office.email() != null) {
            contact.add(office.email());
        }
        if (office.website() != null) {
            contact.add(office.website());
        }
        if (!contact.isEmpty()) {
            lines.add(String.join(" · ", contact));
        }
        if (!unsubscribeLine) {
            return "\n\n-- \n" + String.join("\n", lines);
        }
        String unsubscribe = office.email() == null ? messages.get("mailings.footer.unsubscribeReply")
                : messages.get("mailings.footer.unsubscribe", office.email());
        return "\n\n-- \n" + String.join("\n", lines) + "\n" + unsubscribe;
    }
}
