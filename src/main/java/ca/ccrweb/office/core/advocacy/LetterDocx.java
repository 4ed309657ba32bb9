package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.export.AtomicFile;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * A filled model letter as a Word file members can edit before sending: the same blocks as the PDF, in plain
 * paragraphs (POI's XWPF with the schema classes of poi-ooxml-lite, which hold every type used here).
 */
public final class LetterDocx {
    private static final String FONT = "Calibri";

    private LetterDocx() {
    }

    public static void write(FilledLetter letter, Path output) throws IOException {
        AtomicFile.write(output, out -> {
            try (XWPFDocument document = new XWPFDocument()) {
                document.getProperties().getCoreProperties().setTitle(letter.subject());
                document.getProperties().getCoreProperties().setCreator(letter.sender());
                paragraph(document, List.of(letter.sender()), true, 15, ParagraphAlignment.LEFT, 0);
                if (letter.senderAddress() != null) {
                    paragraph(document, letter.senderAddress().lines().toList(), false, 9, ParagraphAlignment.LEFT,
                            240);
                }
                paragraph(document, List.of(letter.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(letter.language().locale()))), false, 11, ParagraphAlignment.RIGHT, 240);
                paragraph(document, letter.addresseeBlock(), false, 11, ParagraphAlignment.LEFT, 280);
                paragraph(document, List.of(letter.subject()), true, 11, ParagraphAlignment.LEFT, 200);
                for (String body : letter.paragraphs()) {
                    paragraph(document, body.lines().toList(), false, 11, ParagraphAlignment.BOTH, 160);
                }
                XWPFParagraph space = document.createParagraph();
                space.setSpacingAfter(480);
                paragraph(document, letter.signature().subList(0, 1), true, 11, ParagraphAlignment.LEFT, 0);
                paragraph(document, letter.signature().subList(1, letter.signature().size()), false, 11,
                        ParagraphAlignment.LEFT, 0);
                document.write(out);
            }
        });
    }

    /** One paragraph whose lines are kept apart by line breaks. */
    private static void paragraph(XWPFDocument document, List<String> lines, boolean bold, int size,
                                  ParagraphAlignment alignment, int spaceAfter) {
        if (lines.isEmpty()) {
            return;
        }
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(spaceAfter);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines.get(i));
        }
    }
}
