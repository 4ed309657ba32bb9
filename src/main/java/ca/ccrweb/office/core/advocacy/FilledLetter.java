package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.l10n.Language;

import java.time.LocalDate;
import java.util.List;

/**
 * A model letter with its fields filled, laid out as blocks the PDF and the Word file both print: the sender at
 * the top, the date, the addressee's block, the subject, the body's paragraphs and the signature.
 */
public record FilledLetter(Language language, String sender, String senderAddress, LocalDate date,
                           List<String> addresseeBlock, String subject, List<String> paragraphs,
                           List<String> signature) {

    public FilledLetter {
        addresseeBlock = List.copyOf(addresseeBlock);
        paragraphs = List.copyOf(paragraphs);
        signature = List.copyOf(signature);
    }

    /** The whole text, block after block, as a reader would see it. */
    public String text() {
        StringBuilder text = new StringBuilder(sender).append('\n');
        if (senderAddress != null) {
            text.append(senderAddress).append('\n');
        }
        addresseeBlock.forEach(line -> text.append(line).append('\n'));
        text.append(subject).append('\n');
        paragraphs.forEach(paragraph -> text.append(paragraph).append('\n'));
        signature.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }
}
