package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.office.OfficeSettings;
import ca.ccrweb.office.core.export.Letterhead;
import ca.ccrweb.office.core.export.PdfFonts;
import ca.ccrweb.office.core.l10n.Messages;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;

import java.time.LocalDate;

/** What the fund's letter and board summary share: the letterhead, the colours, cells and bold text. */
final class FundPdf {
    static final Color ACCENT = Letterhead.ACCENT;
    static final Color MUTED = Letterhead.MUTED;
    static final Color SHADE = Letterhead.SHADE;
    static final Color BORDER = Letterhead.BORDER;
    static final Color WARNING = new DeviceRgb(0xA6, 0x3D, 0x00);

    private FundPdf() {
    }

    static Document letterPage(PdfDocument pdf, OfficeSettings office, Messages messages, LocalDate date) {
        return Letterhead.start(pdf, office, messages, date, 60, 14);
    }

    static Paragraph bold(Paragraph paragraph) {
        return Letterhead.bold(paragraph);
    }

    static Cell cell(String text, boolean header, boolean amount) {
        Paragraph paragraph = new Paragraph(PdfFonts.prepare(text == null ? "" : text));
        if (header) {
            bold(paragraph);
        }
        Cell cell = new Cell().add(paragraph).setBorder(Border.NO_BORDER)
                .setBorderBottom(new SolidBorder(BORDER, 0.5f)).setPadding(5);
        if (header) {
            cell.setBackgroundColor(SHADE);
        }
        if (amount) {
            cell.setTextAlignment(TextAlignment.RIGHT);
        }
        return cell;
    }
}
