package ca.ccrweb.office.core.communications;

import ca.ccrweb.office.core.export.ArchivalPdf;
import ca.ccrweb.office.core.export.Letterhead;
import ca.ccrweb.office.core.office.OfficeSettings;
import ca.ccrweb.office.core.export.PdfFonts;
import ca.ccrweb.office.core.l10n.Messages;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.renderer.IRenderer;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Lays an update out as the CCR's two-page newsletter: page 1 stands alone (masthead, title, key figures and
 * the sections that matter most), page 2 carries the rest. Each page's content is measured before it is
 * placed, so the rendering says how much of each page it uses and whether anything overflows: page 1 spilling
 * onto page 2, or page 2 onto a third page.
 */
public final class QuarterlyUpdateRenderer {
    static final float MARGIN_TOP = 44;
    static final float MARGIN_SIDE = 50;
    /** Office printers cannot print the last few millimetres: the footer sits well inside the sheet. */
    static final float MARGIN_BOTTOM = 62;
    private static final float FOOTER_BASELINE = 34;
    /**
     * A long saved address wraps onto a second line below the first (smaller on a third) rather than running
     * into the page number, which keeps this much room.
     */
    private static final float FOOTER_PAGE_NUMBER_WIDTH = 70;
    private static final float FOOTER_LEADING = 9.5f;
    /** How far under the top of a paragraph of that fixed leading iText puts the first baseline (8 pt text). */
    private static final float FOOTER_FIRST_BASELINE = 7.6f;
    private static final float FIGURES_PER_ROW = 4;
    private static final float IMAGE_MAX_HEIGHT = 150;

    private static final Color ACCENT = new DeviceRgb(0xA3, 0x1F, 0x34);
    private static final Color INK = new DeviceRgb(0x22, 0x25, 0x2B);
    private static final Color MUTED = new DeviceRgb(0x5F, 0x63, 0x68);
    private static final Color TINT = new DeviceRgb(0xF6, 0xEC, 0xEE);
    private static final Color LINK = new DeviceRgb(0x1F, 0x4E, 0x79);

    /** How much of a page its content takes, in points. */
    public record PageFit(float used, float available) {
        public int percent() {
            return Math.round(100 * used / available);
        }

        public boolean overflows() {
            return used > available;
        }
    }

    /** The PDF and what the layout measured; {@code second} is null when only page 1 was rendered. */
    public record Rendering(byte[] pdf, int pages, PageFit first, PageFit second) {
        public boolean overflows() {
            return first.overflows() || (second != null && second.overflows());
        }
    }

    private QuarterlyUpdateRenderer() {
    }

    public static Rendering render(QuarterlyUpdateDraft update, boolean firstPageOnly) {
        return render(update, firstPageOnly, OfficeSettings.NONE);
    }

    /**
     * The update with the office's settings: the logo in the masthead instead of the word mark, and the saved
     * address and website in the footer, when they are set.
     */
    public static Rendering render(QuarterlyUpdateDraft update, boolean firstPageOnly, OfficeSettings office) {
        byte[] logo = office.hasLogo() ? office.logo() : null;
        Messages messages = Messages.of(update.language());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PageFit first;
        PageFit second = null;
        int pages;
        PageSize size = (update.paper() == null ? Paper.LETTER : update.paper()).size();
        try (PdfDocument pdf = ArchivalPdf.open(out, update.language())) {
            pdf.getDocumentInfo().setTitle(PdfFonts.prepare(title(update, messages)));
            pdf.getDocumentInfo().setAuthor(messages.get("quarterly.pdf.council"));
            Document document = new Document(pdf, size, false);
            document.setMargins(MARGIN_TOP, MARGIN_SIDE, MARGIN_BOTTOM, MARGIN_SIDE);
            FontProvider fonts = PdfFonts.load().applyTo(document);
            document.setFontSize(10f).setFontColor(INK);
            float width = size.getWidth() - 2 * MARGIN_SIDE;
            float height = size.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;

            Div firstPage = firstPage(pdf, update, messages, logo);
            first = new PageFit(measure(firstPage, document, width), height);
            document.add(firstPage);
            if (!firstPageOnly) {
                Div secondPage = secondPage(update, messages);
                second = new PageFit(measure(secondPage, document, width), height);
                document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                document.add(secondPage);
            }
            pages = pdf.getNumberOfPages();
            for (int number = 1; number <= pages; number++) {
                footer(pdf, pdf.getPage(number), number, pages, fonts, messages, office);
            }
            document.close();
        }
        return new Rendering(out.toByteArray(), pages, first, second);
    }

    /** The document's title: "Quarterly update — Q3 2026" and the edition's own title. */
    static String title(QuarterlyUpdateDraft update, Messages messages) {
        return messages.get("quarterly.pdf.documentTitle", update.quarter(), String.valueOf(update.year()),
                update.title() == null ? "" : update.title());
    }

    private static float measure(Div content, Document document, float width) {
        IRenderer renderer = content.createRendererSubTree().setParent(document.getRenderer());
        LayoutResult result = renderer.layout(new LayoutContext(new LayoutArea(1,
                new Rectangle(0, 0, width, 100_000))));
        return result.getOccupiedArea() == null ? 0 : result.getOccupiedArea().getBBox().getHeight();
    }

    private static Div firstPage(PdfDocument pdf, QuarterlyUpdateDraft update, Messages messages, byte[] logo) {
        Div page = new Div();
        page.add(masthead(pdf, update, messages, logo));
        page.add(bold(new Paragraph(prepare(orEmpty(update.title())))).setFontSize(20).setFontColor(INK)
                .setMarginTop(12).setMarginBottom(8).setFixedLeading(24));
        if (update.figures() != null && !update.figures().isEmpty()) {
            page.add(figures(update, messages));
        }
        update.sectionsOfPage(UpdateSection.FIRST_PAGE).forEach(section -> page.add(section(section)));
        if (update.image() != null && update.image().page() == UpdateSection.FIRST_PAGE) {
            page.add(image(update.image()));
        }
        return page;
    }

    private static Div secondPage(QuarterlyUpdateDraft update, Messages messages) {
        Div page = new Div();
        page.add(new Paragraph(messages.get("quarterly.pdf.continued", messages.get("quarterly.pdf.kicker"),
                quarterLabel(update, messages))).setFontSize(8.5f).setFontColor(MUTED).setCharacterSpacing(0.4f)
                .setBorderBottom(new SolidBorder(ACCENT, 1.2f)).setPaddingBottom(4).setMarginBottom(6));
        update.sectionsOfPage(UpdateSection.SECOND_PAGE).forEach(section -> page.add(section(section)));
        if (update.image() != null && update.image().page() == UpdateSection.SECOND_PAGE) {
            page.add(image(update.image()));
        }
        page.add(new Div().setBackgroundColor(TINT).setPadding(10).setMarginTop(14).setKeepTogether(true)
                .add(bold(new Paragraph(messages.get("quarterly.pdf.shareTitle"))).setFontColor(ACCENT)
                        .setMargin(0).setFontSize(10.5f))
                .add(new Paragraph(messages.get("quarterly.pdf.shareText")).setMargin(0).setMarginTop(3)
                        .setFontSize(9.5f)));
        return page;
    }

    private static Table masthead(PdfDocument pdf, QuarterlyUpdateDraft update, Messages messages, byte[] logo) {
        Table masthead = new Table(UnitValue.createPercentArray(new float[]{45, 55})).useAllAvailableWidth()
                .setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(ACCENT, 2.5f));
        masthead.addCell((logo == null ? new Cell().add(councilMark(messages))
                        : new Cell().add(Letterhead.logo(pdf, logo, 190, 56))).setBorder(Border.NO_BORDER).setPaddingLeft(0)
                .setPaddingBottom(8).setVerticalAlignment(VerticalAlignment.MIDDLE));
        String date = update.issueDate() == null ? "" : update.issueDate().format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(update.language().locale()));
        masthead.addCell(new Cell().setBorder(Border.NO_BORDER).setTextAlignment(TextAlignment.RIGHT)
                .setVerticalAlignment(VerticalAlignment.BOTTOM).setPaddingRight(0).setPaddingBottom(8)
                .add(bold(new Paragraph(messages.get("quarterly.pdf.kicker").toUpperCase(update.language().locale())))
                        .setFontSize(9).setCharacterSpacing(1.2f).setFontColor(ACCENT).setMargin(0))
                .add(bold(new Paragraph(quarterLabel(update, messages))).setFontSize(17).setMargin(0))
                .add(new Paragraph(messages.get("quarterly.pdf.council") + " · " + date).setFontSize(8.5f)
                        .setFontColor(MUTED).setMargin(0)));
        return masthead;
    }

    private static String quarterLabel(QuarterlyUpdateDraft update, Messages messages) {
        return messages.get("quarterly.pdf.quarter", update.quarter(), String.valueOf(update.year()));
    }

    private static Div figures(QuarterlyUpdateDraft update, Messages messages) {
        Div block = new Div().setMarginBottom(6).setKeepTogether(true);
        block.add(bold(new Paragraph(messages.get("quarterly.pdf.figures").toUpperCase(update.language().locale())))
                .setFontSize(8).setCharacterSpacing(1f).setFontColor(MUTED).setMargin(0).setMarginBottom(2));
        int columns = (int) Math.min(FIGURES_PER_ROW, update.figures().size());
        Table table = new Table(UnitValue.createPercentArray(columns)).useAllAvailableWidth();
        for (KeyFigure figure : update.figures()) {
            table.addCell(new Cell().setBackgroundColor(TINT).setBorder(new SolidBorder(DeviceRgb.WHITE, 3))
                    .setPadding(7).setPaddingTop(5)
                    .add(bold(new Paragraph(prepare(figure.value()))).setFontSize(22).setFontColor(ACCENT)
                            .setMargin(0).setFixedLeading(25))
                    .add(new Paragraph(prepare(figure.label())).setFontSize(8.5f).setMargin(0)
                            .setFixedLeading(10.5f)));
        }
        int empty = (columns - update.figures().size() % columns) % columns;
        for (int i = 0; i < empty; i++) {
            table.addCell(new Cell().setBorder(Border.NO_BORDER));
        }
        block.add(table);
        return block;
    }

    private static Div section(UpdateSection section) {
        Div div = new Div().setMarginTop(8);
        div.add(bold(new Paragraph(prepare(orEmpty(section.heading())))).setFontSize(12.5f).setFontColor(ACCENT)
                .setMargin(0).setMarginBottom(3).setKeepWithNext(true));
        for (Markup.Block block : Markup.parse(section.body())) {
            div.add(switch (block) {
                case Markup.Paragraph paragraph -> paragraph(paragraph.spans());
                case Markup.Bullets bullets -> bullets(bullets);
            });
        }
        return div;
    }

    private static IBlockElement bullets(Markup.Bullets bullets) {
        List list = new List().setListSymbol("•").setSymbolIndent(6).setMarginLeft(10).setMarginTop(0)
                .setMarginBottom(4);
        for (java.util.List<Markup.Span> item : bullets.items()) {
            ListItem listItem = new ListItem();
            listItem.add(paragraph(item).setMargin(0).setMarginBottom(1.5f));
            list.add(listItem);
        }
        return list;
    }

    private static Paragraph paragraph(java.util.List<Markup.Span> spans) {
        Paragraph paragraph = new Paragraph().setMargin(0).setMarginBottom(4).setMultipliedLeading(1.25f);
        for (Markup.Span span : spans) {
            Text text = new Text(prepare(span.text()));
            if (span.bold()) {
                text.setProperty(Property.FONT_WEIGHT, "bold");
            }
            if (span.italic()) {
                text.simulateItalic();
            }
            if (span.link() != null) {
                text.setAction(PdfAction.createURI(absolute(span.link())));
                text.setFontColor(LINK).setUnderline(0.5f, -1.5f);
            }
            paragraph.add(text);
        }
        return paragraph;
    }

    private static String absolute(String url) {
        return url.contains(":") ? url : "https://" + url;
    }

    private static Div image(UpdateImage image) {
        Div div = new Div().setMarginTop(10).setKeepTogether(true);
        Image picture = new Image(ImageDataFactory.create(image.bytes()));
        picture.setMaxHeight(IMAGE_MAX_HEIGHT).setMaxWidth(UnitValue.createPercentValue(100))
                .setAutoScale(false).setHorizontalAlignment(HorizontalAlignment.CENTER);
        div.add(picture);
        if (image.caption() != null && !image.caption().isBlank()) {
            div.add(new Paragraph(prepare(image.caption())).setFontSize(8.5f).setFontColor(MUTED)
                    .setTextAlignment(TextAlignment.CENTER).setMarginTop(3));
        }
        return div;
    }

    private static void footer(PdfDocument pdf, PdfPage page, int number, int pages, FontProvider fonts,
                               Messages messages, OfficeSettings office) {
        Rectangle box = page.getPageSize();
        PdfCanvas drawing = new PdfCanvas(page);
        drawing.setStrokeColor(ACCENT).setLineWidth(0.6f)
                .moveTo(MARGIN_SIDE, FOOTER_BASELINE + 12).lineTo(box.getWidth() - MARGIN_SIDE, FOOTER_BASELINE + 12)
                .stroke();
        try (Canvas canvas = new Canvas(drawing, box)) {
            PdfFonts.load().applyTo(canvas, fonts);
            canvas.setFontSize(8).setFontColor(MUTED);
            float width = box.getWidth() - 2 * MARGIN_SIDE - FOOTER_PAGE_NUMBER_WIDTH;
            Paragraph text = new Paragraph(PdfFonts.prepare(footerText(messages, office))).setMargin(0)
                    .setFixedLeading(FOOTER_LEADING);
            float leading = FOOTER_LEADING;
            int lines = Math.max(1, Math.round(measure(text, canvas, width) / leading));
            if (lines > 2) {
                leading = FOOTER_LEADING * 7 / 8;
                text.setFontSize(7).setFixedLeading(leading);
                lines = Math.max(1, Math.round(measure(text, canvas, width) / leading));
            }
            float top = FOOTER_BASELINE + FOOTER_FIRST_BASELINE;
            canvas.add(text.setFixedPosition(MARGIN_SIDE, top - lines * leading, width));
            canvas.showTextAligned(messages.get("quarterly.pdf.page", number, pages),
                    box.getWidth() - MARGIN_SIDE, FOOTER_BASELINE, TextAlignment.RIGHT);
        }
    }

    /** The height a footer paragraph takes at a width, in the canvas's fonts. */
    private static float measure(Paragraph text, Canvas canvas, float width) {
        IRenderer renderer = text.createRendererSubTree().setParent(canvas.getRenderer());
        LayoutResult result = renderer.layout(new LayoutContext(new LayoutArea(1, new Rectangle(0, 0, width, 1000))));
        return result.getOccupiedArea() == null ? 0 : result.getOccupiedArea().getBBox().getHeight();
    }

    /** The council, its address on one line and its website from the office's settings; the shipped line until set. */
    static String footerText(Messages messages, OfficeSettings office) {
        if (office.addressLines() == null && office.website() == null) {
            return messages.get("quarterly.pdf.footer");
        }
        StringBuilder footer = new StringBuilder(messages.get("quarterly.pdf.council"));
        if (office.addressLines() != null) {
            footer.append(" · ").append(String.join(", ", office.addressLines().strip().split("\\s*\\R\\s*")));
        }
        if (office.website() != null) {
            footer.append(" · ").append(office.website().replaceFirst("(?i)^https?://", ""));
        }
        return footer.toString();
    }

    /** Until the office chooses its logo: the council's name as a word mark in the accent colour. */
    private static Paragraph councilMark(Messages messages) {
        return bold(new Paragraph(messages.get("quarterly.pdf.council"))).setFontSize(15).setFontColor(ACCENT)
                .setMultipliedLeading(1.05f).setMargin(0).setMaxWidth(190);
    }

    private static Paragraph bold(Paragraph paragraph) {
        paragraph.setProperty(Property.FONT_WEIGHT, "bold");
        return paragraph;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String prepare(String text) {
        return PdfFonts.prepare(orEmpty(text));
    }
}
