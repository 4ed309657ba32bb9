package ca.ccrweb.office.core.export;

import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.office.LogoImages;
import ca.ccrweb.office.core.office.OfficeSettings;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The council's letters (welcome letter, fund award letter, board summary): their letterhead and colours. */
public final class Letterhead {
    public static final Color ACCENT = new DeviceRgb(0x1F, 0x4E, 0x79);
    public static final Color MUTED = new DeviceRgb(0x55, 0x5F, 0x6B);
    public static final Color SHADE = new DeviceRgb(0xEE, 0xF3, 0xF8);
    public static final Color BORDER = new DeviceRgb(0xC8, 0xD3, 0xDF);

    private Letterhead() {
    }

    /**
     * A Letter page in the shipped fonts with the council's name, its address under a rule and the date on the
     * right, in the language of {@code messages}; the letter goes on below.
     */
    public static Document start(PdfDocument pdf, Messages messages, LocalDate date, float sideMargin,
                                 float spaceBelowRule) {
        return start(pdf, OfficeSettings.NONE, messages, date, sideMargin, spaceBelowRule);
    }

    /**
     * The council's letterhead from the office's settings: its logo above its name when one is set, and the
     * address, phone, email and website saved there (the shipped address line until any is saved).
     */
    public static Document start(PdfDocument pdf, OfficeSettings office, Messages messages, LocalDate date,
                                 float sideMargin, float spaceBelowRule) {
        return start(pdf, office.hasLogo() ? office.logo() : null, messages.get("welcome.letter.council"),
                address(office, messages), messages, date, sideMargin, spaceBelowRule);
    }

    /**
     * The council's letterhead for a one-page report: the logo, when set, beside the council's name and address
     * and the date at the right of the same band, rather than above and below them, so the report keeps its page.
     */
    public static Document compact(PdfDocument pdf, OfficeSettings office, Messages messages, LocalDate date,
                                   float sideMargin, float spaceBelowRule) {
        if (!office.hasLogo()) {
            return start(pdf, office, messages, date, sideMargin, spaceBelowRule);
        }
        Document document = new Document(pdf, PageSize.LETTER);
        document.setMargins(40, sideMargin, 40, sideMargin);
        PdfFonts.load().applyTo(document);
        document.setFontSize(10f);
        Table head = new Table(UnitValue.createPercentArray(new float[] {1.1f, 2.2f, 1})).useAllAvailableWidth()
                .setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(ACCENT, 1.2f)).setMarginBottom(spaceBelowRule);
        head.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0).setPaddingBottom(6)
                .setVerticalAlignment(VerticalAlignment.MIDDLE).add(logo(pdf, office.logo(), 120, 44)));
        head.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0).setPaddingLeft(10).setPaddingBottom(6)
                .setVerticalAlignment(VerticalAlignment.MIDDLE)
                .add(bold(new Paragraph(PdfFonts.prepare(messages.get("welcome.letter.council")))).setFontSize(12)
                        .setFontColor(ACCENT).setMargin(0))
                .add(new Paragraph(PdfFonts.prepare(address(office, messages))).setFontSize(9).setFontColor(MUTED)
                        .setMargin(0)));
        head.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0).setPaddingBottom(6)
                .setVerticalAlignment(VerticalAlignment.BOTTOM)
                .add(new Paragraph(date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(messages.locale()))).setMargin(0).setTextAlignment(TextAlignment.RIGHT)));
        document.add(head);
        return document;
    }

    /** The same letterhead for another sender, such as a member organization writing from a model letter. */
    public static Document start(PdfDocument pdf, String sender, String senderAddress, Messages messages,
                                 LocalDate date, float sideMargin, float spaceBelowRule) {
        return start(pdf, null, sender, senderAddress, messages, date, sideMargin, spaceBelowRule);
    }

    /** The address lines the office's settings give, then its contact line; the shipped line when none is set. */
    public static String address(OfficeSettings office, Messages messages) {
        String contact = office.contactLine();
        if (office.addressLines() == null && contact == null) {
            return messages.get("welcome.letter.councilAddress");
        }
        if (office.addressLines() == null) {
            return contact;
        }
        return contact == null ? office.addressLines() : office.addressLines() + "\n" + contact;
    }

    /** The logo (PNG, JPEG or SVG) as an image of {@code pdf} fitted in a box of the given size, keeping its proportions. */
    public static Image logo(PdfDocument pdf, byte[] bytes, float width, float height) {
        return LogoImages.image(pdf, bytes, width, height);
    }

    private static Document start(PdfDocument pdf, byte[] logo, String sender, String senderAddress,
                                  Messages messages, LocalDate date, float sideMargin, float spaceBelowRule) {
        Document document = new Document(pdf, PageSize.LETTER);
        document.setMargins(40, sideMargin, 40, sideMargin);
        PdfFonts.load().applyTo(document);
        document.setFontSize(10f);
        if (logo != null) {
            document.add(logo(pdf, logo, 180, 54).setMarginBottom(4));
        }
        document.add(bold(new Paragraph(PdfFonts.prepare(sender))).setFontSize(logo != null ? 12 : 15)
                .setFontColor(ACCENT).setMarginBottom(0));
        document.add(new Paragraph(PdfFonts.prepare(senderAddress == null ? "" : senderAddress)).setFontSize(9)
                .setFontColor(MUTED).setMarginTop(0).setMarginBottom(spaceBelowRule)
                .setBorderBottom(new SolidBorder(ACCENT, 1.2f)).setPaddingBottom(6));
        document.add(new Paragraph(date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(messages.locale()))).setTextAlignment(TextAlignment.RIGHT));
        return document;
    }

    /** The bold face of the embedded family, not iText's simulated bold. */
    public static Paragraph bold(Paragraph paragraph) {
        paragraph.setProperty(Property.FONT_WEIGHT, "bold");
        return paragraph;
    }
}
