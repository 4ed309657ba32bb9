package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.export.AtomicFile;
import ca.ccrweb.office.core.export.PdfFonts;
import ca.ccrweb.office.core.l10n.Messages;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.IElement;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import com.ibm.icu.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;

/**
 * The sheet participants sign at the door: everyone holding a place, in alphabetical order, with a
 * tall empty box for the signature; "page X of Y" at the foot.
 */
public final class AttendanceSheet {
    private static final Color ACCENT = new DeviceRgb(0x1F, 0x4E, 0x79);
    private static final Color HEADER_FILL = new DeviceRgb(0xDD, 0xE4, 0xEC);
    private static final Color GRID = new DeviceRgb(0x9A, 0xA7, 0xB4);
    private static final float ROW_HEIGHT = 30;

    private AttendanceSheet() {
    }

    public static void write(Event event, List<Registration> registrations, LocalDate day, Messages messages,
                             Path output) throws IOException {
        AtomicFile.write(output, out -> render(event, registrations, day, messages, out));
    }

    private static void render(Event event, List<Registration> registrations, LocalDate day, Messages messages,
                               OutputStream out) {
        Collator collator = Collator.getInstance(messages.locale());
        List<Registration> present = registrations.stream()
                .filter(registration -> registration.status().holdsAPlace())
                .sorted(Comparator.comparing(Registration::fullName, collator))
                .toList();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            pdf.getDocumentInfo().setTitle(messages.get("attendance.title", event.title(messages.language())));
            Document document = new Document(pdf, PageSize.LETTER, false);
            document.setMargins(40, 40, 50, 40);
            PdfFonts.load().applyTo(document);
            document.setFontSize(10);

            document.add(bold(new Paragraph(PdfFonts.prepare(messages.get("attendance.title",
                    event.title(messages.language()))))).setFontSize(15).setFontColor(ACCENT).setMarginBottom(2));
            String place = event.city() == null ? "" : " · " + PdfFonts.prepare(event.city());
            document.add(new Paragraph(day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                    .withLocale(messages.locale())) + place).setMarginBottom(10));

            Table table = new Table(UnitValue.createPercentArray(new float[]{5, 30, 33, 32})).useAllAvailableWidth();
            for (String header : List.of("#", messages.get("registration.column.NAME"),
                    messages.get("registration.column.ORGANIZATION"), messages.get("attendance.signature"))) {
                table.addHeaderCell(bold(new Cell().add(new Paragraph(header))).setBackgroundColor(HEADER_FILL)
                        .setBorder(new SolidBorder(GRID, 0.6f)));
            }
            int number = 1;
            for (Registration registration : present) {
                table.addCell(cell(String.valueOf(number++)).setTextAlignment(TextAlignment.RIGHT));
                table.addCell(cell(PdfFonts.prepare(registration.fullName())));
                table.addCell(cell(PdfFonts.prepare(registration.organizationName())));
                table.addCell(cell(""));
            }
            document.add(table);

            int pages = pdf.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                float width = pdf.getPage(page).getPageSize().getWidth();
                document.showTextAligned(new Paragraph(messages.get("export.pdf.pageOfPages", page, pages))
                                .setFontSize(8), width - 40, 24, page, TextAlignment.RIGHT, VerticalAlignment.BOTTOM, 0);
                document.showTextAligned(new Paragraph(messages.plural("attendance.count", present.size(), present.size()))
                                .setFontSize(8), 40, 24, page, TextAlignment.LEFT, VerticalAlignment.BOTTOM, 0);
            }
            document.close();
        }
    }

    private static Cell cell(String text) {
        return new Cell().add(new Paragraph(text == null ? "" : text)).setMinHeight(ROW_HEIGHT)
                .setVerticalAlignment(VerticalAlignment.MIDDLE).setBorder(new SolidBorder(GRID, 0.6f));
    }

    private static <T extends IElement> T bold(T element) {
        element.setProperty(Property.FONT_WEIGHT, "bold");
        return element;
    }
}
