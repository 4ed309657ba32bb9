package ca.ccrweb.office.core.mailings;

import java.util.List;
import java.util.Map;

/**
 * A message to one person, in both languages (the person's is the one sent). {@code attachments} are kept in the
 * archive; {@code withheld} values (e.g. an activation code, filled into {@code {{activationCode}}}) and
 * {@code withheldAttachments} are sent but never written to the database.
 */
public record Letter(LetterKind kind, Recipient recipient, String subjectFr, String subjectEn, String bodyFr,
                     String bodyEn, List<Attachment> attachments, Map<String, String> withheld,
                     List<Attachment> withheldAttachments) {

    public Letter {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        withheld = withheld == null ? Map.of() : Map.copyOf(withheld);
        withheldAttachments = withheldAttachments == null ? List.of() : List.copyOf(withheldAttachments);
    }

    @Override
    public String toString() {
        return "Letter[" + kind + " to " + recipient.email() + ", withheld=" + withheld.keySet() + "]";
    }
}
