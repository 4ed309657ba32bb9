package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.export.AtomicFile;
import ca.ccrweb.office.core.export.Letterhead;
import ca.ccrweb.office.core.export.PdfFonts;
import ca.ccrweb.office.core.l10n.Messages;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** A filled model letter on the sender's letterhead, ready to print and sign. */
public final class LetterPdf {

    private LetterPdf() {
    }

    public static void write(FilledLetter letter, Path output) throws IOException {
        AtomicFile.write(output, out -> render(letter, out));
    }

    private static void render(FilledLetter letter, OutputStream out) {
        Messages messages = Messages.of(letter.language());
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            pdf.getDocumentInfo().setTitle(letter.subject());
            pdf.getDocumentInfo().setAuthor(letter.sender());
            Document document = Letterhead.start(pdf, letter.sender(), letter.senderAddress(), messages,
                    letter.date(), 64, 14);
            document.setFontSize(10.5f);
            document.add(new Paragraph(PdfFonts.prepare(String.join("\n", letter.addresseeBlock())))
                    .setMarginBottom(14));
            document.add(Letterhead.bold(new Paragraph(PdfFonts.prepare(letter.subject()))).setMarginBottom(10));
            for (String paragraph : letter.paragraphs()) {
                document.add(new Paragraph(PdfFonts.prepare(paragraph)).setMarginBottom(6));
            }
            Div signature = new Div().setKeepTogether(true).setMarginTop(30);
            signature.add(Letterhead.bold(new Paragraph(PdfFonts.prepare(letter.signature().getFirst()))
                    .setMarginBottom(0)));
            for (String line : letter.signature().subList(1, letter.signature().size())) {
                signature.add(new Paragraph(PdfFonts.prepare(line)).setMargin(0));
            }
            document.add(signature);
            document.close();
        }
    }
}
