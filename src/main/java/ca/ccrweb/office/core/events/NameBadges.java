package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.export.AtomicFile;
import ca.ccrweb.office.core.export.PdfFonts;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.office.LogoImages;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.xobject.PdfXObject;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import com.ibm.icu.text.Collator;
import java.util.Comparator;
import java.util.List;

/**
 * Name badges, six to a Letter sheet (4 × 3 inches each, with cut marks): the event in both languages on
 * a coloured band, the person's name large, the organization below.
 */
public final class NameBadges {
    private static final float BADGE_WIDTH = 288;
    private static final float BADGE_HEIGHT = 216;
    private static final int COLUMNS = 2;
    private static final int ROWS = 3;
    private static final Color BAND = new DeviceRgb(0x1F, 0x4E, 0x79);
    private static final Color ACCENT = new DeviceRgb(0xC8, 0x10, 0x2E);
    private static final Color CUT = new DeviceRgb(0xB0, 0xB8, 0xC0);

    private NameBadges() {
    }

    public static void write(Event event, List<Registration> registrations, Path output) throws IOException {
        write(event, registrations, null, output);
    }

    /** The badges with the council's logo at the foot of each ({@code logo} PNG or JPEG bytes, or null for none). */
    public static void write(Event event, List<Registration> registrations, byte[] logo, Path output)
            throws IOException {
        AtomicFile.write(output, out -> render(event, registrations, logo, out));
    }

    private static void render(Event event, List<Registration> registrations, byte[] logo, OutputStream out) {
        Collator collator = Collator.getInstance(Language.FR.locale());
        List<Registration> badges = registrations.stream()
                .filter(registration -> registration.status().holdsAPlace())
                .sorted(Comparator.comparing(Registration::fullName, collator))
                .toList();
        PdfFonts fonts = PdfFonts.load();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            pdf.getDocumentInfo().setTitle(Messages.of(Language.FR).get("badges.title") + " / "
                    + Messages.of(Language.EN).get("badges.title"));
            FontProvider provider = fonts.fontProvider();
            PageSize size = PageSize.LETTER;
            float left = (size.getWidth() - COLUMNS * BADGE_WIDTH) / 2;
            float bottom = (size.getHeight() - ROWS * BADGE_HEIGHT) / 2;
            PdfPage page = null;
            PdfXObject logoImage = logo == null ? null : LogoImages.pdfObject(pdf, logo);
            for (int i = 0; i < Math.max(1, badges.size()); i++) {
                int slot = i % (COLUMNS * ROWS);
                if (slot == 0) {
                    page = pdf.addNewPage(size);
                    drawCutMarks(new PdfCanvas(page), left, bottom);
                }
                if (badges.isEmpty()) {
                    break;
                }
                int column = slot % COLUMNS;
                int row = ROWS - 1 - slot / COLUMNS;
                Rectangle area = new Rectangle(left + column * BADGE_WIDTH, bottom + row * BADGE_HEIGHT,
                        BADGE_WIDTH, BADGE_HEIGHT);
                drawBadge(new PdfCanvas(page), pdf, provider, fonts, area, event, badges.get(i));
                if (logoImage != null) {
                    drawLogo(new PdfCanvas(page), logoImage, area);
                }
            }
        }
    }

    private static void drawBadge(PdfCanvas pdfCanvas, PdfDocument pdf, FontProvider provider, PdfFonts fonts,
                                  Rectangle area, Event event, Registration registration) {
        float band = 46;
        pdfCanvas.saveState().setFillColor(BAND)
                .rectangle(area.getX() + 10, area.getTop() - 10 - band, area.getWidth() - 20, band).fill()
                .setFillColor(ACCENT)
                .rectangle(area.getX() + 10, area.getY() + 10, area.getWidth() - 20, 5).fill()
                .restoreState();
        try (Canvas canvas = new Canvas(pdfCanvas, area)) {
            canvas.setFontProvider(provider);
            canvas.setFontFamily(fonts.families());
            float centre = area.getX() + area.getWidth() / 2;
            canvas.showTextAligned(new Paragraph(PdfFonts.prepare(event.titleFr())).setFontSize(9.5f)
                    .setFontColor(ColorConstants.WHITE), centre, area.getTop() - 30, TextAlignment.CENTER);
            canvas.showTextAligned(new Paragraph(PdfFonts.prepare(event.titleEn())).setFontSize(9.5f)
                    .setFontColor(ColorConstants.WHITE), centre, area.getTop() - 46, TextAlignment.CENTER);
            String name = PdfFonts.prepare(registration.fullName());
            float nameSize = name.length() > 28 ? 15 : name.length() > 20 ? 18 : 22;
            Paragraph nameText = new Paragraph(name).setFontSize(nameSize).setTextAlignment(TextAlignment.CENTER)
                    .setWidth(area.getWidth() - 30);
            nameText.setProperty(Property.FONT_WEIGHT, "bold");
            canvas.showTextAligned(nameText, centre, area.getY() + 96, TextAlignment.CENTER);
            if (registration.organizationName() != null) {
                canvas.showTextAligned(new Paragraph(PdfFonts.prepare(registration.organizationName()))
                                .setFontSize(11).setWidth(area.getWidth() - 30).setTextAlignment(TextAlignment.CENTER),
                        centre, area.getY() + 48, TextAlignment.CENTER);
            }
        }
    }

    /** The logo centred at the foot of the badge, above the accent stripe, at most 100 × 22 pt. */
    private static void drawLogo(PdfCanvas canvas, PdfXObject logo, Rectangle area) {
        float scale = Math.min(100 / logo.getWidth(), 22 / logo.getHeight());
        float width = logo.getWidth() * scale;
        float height = logo.getHeight() * scale;
        canvas.addXObjectFittedIntoRectangle(logo, new Rectangle(area.getX() + (area.getWidth() - width) / 2,
                area.getY() + 19, width, height));
    }

    private static void drawCutMarks(PdfCanvas canvas, float left, float bottom) {
        canvas.saveState().setStrokeColor(CUT).setLineWidth(0.4f).setLineDash(3, 3);
        for (int column = 0; column <= COLUMNS; column++) {
            float x = left + column * BADGE_WIDTH;
            canvas.moveTo(x, bottom).lineTo(x, bottom + ROWS * BADGE_HEIGHT);
        }
        for (int row = 0; row <= ROWS; row++) {
            float y = bottom + row * BADGE_HEIGHT;
            canvas.moveTo(left, y).lineTo(left + COLUMNS * BADGE_WIDTH, y);
        }
        canvas.stroke().restoreState();
    }
}
