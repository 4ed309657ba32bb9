package ca.ccrweb.office.core.governance;

import ca.ccrweb.office.core.office.OfficeSettings;
import ca.ccrweb.office.core.export.AtomicFile;
import ca.ccrweb.office.core.export.Letterhead;
import ca.ccrweb.office.core.export.PdfFonts;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The book of resolutions of a year, in one language: the council's letterhead, the list of the year's adopted
 * resolutions, then each one with its sponsor, where it was adopted, its themes, the earlier resolutions it
 * relates to and its text; "Page X of Y" at the foot of every page. Resolutions proposed, rejected or withdrawn
 * are not in the book.
 */
public final class ResolutionBook {

    private ResolutionBook() {
    }

    /** The resolutions of {@code year} that the book prints, by number. */
    public static List<Resolution> contents(int year, List<Resolution> resolutions) {
        return resolutions.stream()
                .filter(r -> r.year() == year && (r.status().inForce() || r.status() == ResolutionStatus.ARCHIVED))
                .sorted(Comparator.comparing(Resolution::number)).toList();
    }

    public static void write(int year, List<Resolution> all, Messages messages, LocalDate date, Path output)
            throws IOException {
        write(year, all, OfficeSettings.NONE, messages, date, output);
    }

    /** The book under the office's letterhead: its logo and address when they are set. */
    public static void write(int year, List<Resolution> all, OfficeSettings office, Messages messages, LocalDate date,
                             Path output) throws IOException {
        byte[] pages = pages(year, all, office, messages, date);
        AtomicFile.write(output, out -> numberPages(pages, messages, out));
    }

    private static byte[] pages(int year, List<Resolution> all, OfficeSettings office, Messages messages,
                                LocalDate date) {
        Language language = messages.language();
        List<Resolution> book = contents(year, all);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(bytes))) {
            String title = messages.get("resolution.book.title", String.valueOf(year));
            pdf.getDocumentInfo().setTitle(title);
            Document document = Letterhead.start(pdf, office, messages, date, 60, 14);
            document.setBottomMargin(56);
            document.add(Letterhead.bold(new Paragraph(title)).setFontSize(18).setFontColor(Letterhead.ACCENT)
                    .setMarginTop(24));
            document.add(new Paragraph(messages.get("resolution.book.intro", String.valueOf(year), book.size()))
                    .setFontColor(Letterhead.MUTED));
            if (book.isEmpty()) {
                document.add(new Paragraph(messages.get("resolution.book.empty", String.valueOf(year))));
            }
            for (Resolution resolution : book) {
                document.add(new Paragraph(PdfFonts.prepare(resolution.code() + "   " + resolution.title(language)))
                        .setMarginTop(2).setMarginBottom(2).setPaddingBottom(2)
                        .setBorderBottom(new SolidBorder(Letterhead.BORDER, 0.5f)));
            }
            for (Resolution resolution : book) {
                document.add(new AreaBreak());
                addResolution(document, resolution, all, messages);
            }
            document.close();
        }
        return bytes.toByteArray();
    }

    private static void addResolution(Document document, Resolution resolution, List<Resolution> all,
                                      Messages messages) {
        Language language = messages.language();
        document.add(new Paragraph(messages.get("resolution.book.heading", resolution.code())).setFontSize(11)
                .setFontColor(Letterhead.MUTED).setMarginBottom(0));
        document.add(Letterhead.bold(new Paragraph(PdfFonts.prepare(resolution.title(language)))).setFontSize(15)
                .setFontColor(Letterhead.ACCENT).setMarginTop(0).setPaddingBottom(6)
                .setBorderBottom(new SolidBorder(Letterhead.ACCENT, 1f)));
        addFact(document, messages, messages.get("resolution.column.status"), messages.get(resolution.status().labelKey()));
        addFact(document, messages, messages.get("resolution.column.sponsor"), resolution.sponsor(language));
        addFact(document, messages, messages.get("resolution.column.adoptedAt"), resolution.adoptedAt(language));
        addFact(document, messages, messages.get("resolution.column.themes"), resolution.themes().stream()
                .map(theme -> messages.get(theme.labelKey())).sorted().collect(Collectors.joining(", ")));
        addFact(document, messages, messages.get("resolution.column.related"), GovernanceExport.relatedCodes(resolution, all));
        String text = resolution.text(language);
        if (text == null) {
            document.add(new Paragraph(messages.get("resolution.book.noText"))
                    .setFontColor(Letterhead.MUTED).setMarginTop(12));
            return;
        }
        boolean first = true;
        for (String paragraph : text.split("\\R\\s*\\R|\\R")) {
            if (paragraph.isBlank()) {
                continue;
            }
            document.add(new Paragraph(PdfFonts.prepare(paragraph.strip())).setTextAlignment(TextAlignment.JUSTIFIED)
                    .setFontSize(10.5f).setMultipliedLeading(1.35f).setMarginTop(first ? 14 : 4));
            first = false;
        }
    }

    private static void addFact(Document document, Messages messages, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Text name = new Text(messages.get("resolution.book.factLabel", label) + " ");
        name.setProperty(Property.FONT_WEIGHT, "bold");
        name.setFontColor(Letterhead.MUTED);
        document.add(new Paragraph().add(name).add(new Text(PdfFonts.prepare(value))).setFontSize(9.5f)
                .setMarginTop(1).setMarginBottom(1));
    }

    /** Writes the pages again with "Page X of Y" at the foot of each. */
    private static void numberPages(byte[] pages, Messages messages, OutputStream out) throws IOException {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(pages)), new PdfWriter(out))) {
            Document document = new Document(pdf);
            PdfFonts.load().applyTo(document);
            int total = pdf.getNumberOfPages();
            for (int page = 1; page <= total; page++) {
                var size = pdf.getPage(page).getPageSize();
                document.showTextAligned(new Paragraph(messages.get("resolution.book.page", page, total))
                                .setFontSize(8).setFontColor(Letterhead.MUTED),
                        size.getWidth() / 2, 28, page, TextAlignment.CENTER, VerticalAlignment.BOTTOM, 0);
            }
            document.close();
        }
    }
}
