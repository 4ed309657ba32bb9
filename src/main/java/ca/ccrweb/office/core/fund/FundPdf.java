package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.export.PdfFonts;
import ca.ccrweb.office.core.l10n.Messages;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** What the fund's letter and board summary share: the letterhead, the colours, cells and bold text. */
final class FundPdf {
    static final Color ACCENT = new DeviceRgb(0x1F, 0x4E, 0x79);
    static final Color MUTED = new DeviceRgb(0x55, 0x5F, 0x6B);
    static final Color SHADE = new DeviceRgb(0xEE, 0xF3, 0xF8);
    static final Color BORDER = new DeviceRgb(0xC8, 0xD3, 0xDF);
    static final Color WARNING = new DeviceRgb(0xA6, 0x3D, 0x00);

    private FundPdf() {
    }

    static Document letterPage(PdfDocument pdf, Messages messages, LocalDate date) {
        Document document = new Document(pdf, PageSize.LETTER);
        document.setMargins(40, 60, 40, 60);
        PdfFonts.load().applyTo(document);
        document.setFontSize(10f);
        document.add(bold(new Paragraph(messages.get("welcome.letter.council"))).setFontSize(15)
                .setFontColor(ACCENT).setMarginBottom(0));
        document.add(new Paragraph(messages.get("welcome.letter.councilAddress")).setFontSize(9)
                .setFontColor(MUTED).setMarginTop(0).setMarginBottom(14)
                .setBorderBottom(new SolidBorder(ACCENT, 1.2f)).setPaddingBottom(6));
        document.add(new Paragraph(date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(messages.locale()))).setTextAlignment(TextAlignment.RIGHT));
        return document;
    }

    static Paragraph bold(Paragraph paragraph) {
        paragraph.setProperty(Property.FONT_WEIGHT, "bold");
        return paragraph;
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
