package ca.ccrweb.office.core.export;

import ca.ccrweb.office.core.l10n.Messages;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.properties.Leading;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A printable report: title, the date it was generated, the table with its header row repeated on every page,
 * and "Page X of Y" at the foot of each page. Values are shown the way a reader of the table's language
 * expects them. The table is laid out and written to the stream as it grows (iText's large-table mode), so a
 * long table never sits whole in memory.
 */
final class PdfTableWriter implements TableWriter {
    private static final int ROWS_PER_FLUSH = 100;

    private static final float MARGIN = 36;
    private static final float BOTTOM_MARGIN = 44;
    private static final float FOOTER_BOTTOM = 18;
    private static final float TITLE_SIZE = 15;
    private static final float SUBTITLE_SIZE = 9;
    private static final float BODY_SIZE = 8.5f;
    private static final float FOOTER_SIZE = 7.5f;
    private static final float CELL_PADDING = 2.5f;

    private static final Color INK = new DeviceRgb(0x1F, 0x29, 0x33);
    private static final Color MUTED = new DeviceRgb(0x5F, 0x6B, 0x76);
    private static final Color HEADER_FILL = new DeviceRgb(0xDD, 0xE4, 0xEC);
    private static final Color STRIPE_FILL = new DeviceRgb(0xF4, 0xF6, 0xF9);
    private static final Border GRID = new SolidBorder(new DeviceRgb(0xB8, 0xC2, 0xCC), 0.5f);

    private final PdfFonts fonts;
    private final Clock clock;

    PdfTableWriter(PdfFonts fonts, Clock clock) {
        this.fonts = fonts;
        this.clock = clock;
    }

    @Override
    public <T> void write(TableExport<T> table, OutputStream out, ExportProgress progress) throws IOException {
        Messages messages = Messages.of(table.language());
        Locale locale = table.language().locale();
        ValueTexts texts = new ValueTexts(locale, clock);
        List<Column<T>> columns = table.columns();

        PdfWriter writer = new PdfWriter(out, new WriterProperties().setFullCompressionMode(true));
        writer.setCloseStream(false);
        PdfDocument pdf = new PdfDocument(writer);
        pdf.getDocumentInfo().setTitle(table.title()).setCreator(messages.get("app.title"));
        pdf.getCatalog().setLang(new PdfString(locale.toLanguageTag()));

        Document document = new Document(pdf, pageSizeFor(columns));
        document.setMargins(MARGIN, MARGIN, BOTTOM_MARGIN, MARGIN);
        FontProvider provider = fonts.applyTo(document);
        document.setFontColor(INK);
        PageFooters footers = new PageFooters(pdf, provider, table.title(), messages);
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, footers);

        String generatedOn = messages.get("export.pdf.generatedOn", texts.longDate(LocalDate.now(clock)));
        addHeading(document, table.title(), generatedOn);
        Table grid = emptyGrid(columns);
        document.add(grid);

        RowProgress rows = new RowProgress(progress, table.rows().size());
        int rowIndex = 0;
        for (T row : table.rows()) {
            boolean striped = rowIndex % 2 == 1;
            for (Column<T> column : columns) {
                grid.addCell(bodyCell(column, texts.of(column, CellValues.valueOf(column, row)), striped));
            }
            rows.rowDone();
            if (++rowIndex % ROWS_PER_FLUSH == 0) {
                grid.flush();
            }
        }
        grid.complete();
        rows.finished();
        footers.finish(pdf.getNumberOfPages());
        document.close();
    }

    private static void addHeading(Document document, String title, String generatedOn) {
        document.add(bold(new Paragraph(PdfFonts.prepare(title)))
                .setFontSize(TITLE_SIZE)
                .setMarginBottom(0));
        document.add(new Paragraph(generatedOn)
                .setFontSize(SUBTITLE_SIZE)
                .setFontColor(MUTED)
                .setMarginTop(2)
                .setMarginBottom(10));
    }

    /** In large-table mode: rows are laid out and written as they are added, in batches. */
    private static Table emptyGrid(List<? extends Column<?>> columns) {
        Table grid = new Table(relativeWidths(columns), true)
                .useAllAvailableWidth()
                .setFixedLayout()
                .setFontSize(BODY_SIZE);
        for (Column<?> column : columns) {
            grid.addHeaderCell(headerCell(column));
        }
        return grid;
    }

    private static PageSize pageSizeFor(List<? extends Column<?>> columns) {
        return PrintedWidth.needsLandscape(columns) ? PageSize.LETTER.rotate() : PageSize.LETTER;
    }

    private static UnitValue[] relativeWidths(List<? extends Column<?>> columns) {
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = PrintedWidth.of(columns.get(c));
        }
        return UnitValue.createPercentArray(widths);
    }

    private static Cell headerCell(Column<?> column) {
        return gridCell()
                .setBackgroundColor(HEADER_FILL)
                .add(bold(new CellText(PdfFonts.prepare(column.header()), alignmentOf(column))));
    }

    private static Cell bodyCell(Column<?> column, String text, boolean striped) {
        Cell cell = gridCell();
        if (striped) {
            cell.setBackgroundColor(STRIPE_FILL);
        }
        if (!text.isEmpty()) {
            cell.add(new CellText(text, alignmentOf(column)));
        }
        return cell;
    }

    /** A row's cells are kept together: a row is never cut in two by a page break. */
    private static Cell gridCell() {
        return new Cell().setBorder(GRID).setPadding(CELL_PADDING).setKeepTogether(true);
    }

    /** Selects the bold face of the font family (not iText's simulated bold, which smears the outline). */
    private static Paragraph bold(Paragraph paragraph) {
        paragraph.setProperty(Property.FONT_WEIGHT, "bold");
        return paragraph;
    }

    private static TextAlignment alignmentOf(Column<?> column) {
        return switch (column.type()) {
            case INTEGER, MONEY -> TextAlignment.RIGHT;
            case TEXT, DATE, DATE_TIME -> TextAlignment.LEFT;
        };
    }

    /** A paragraph without the margins and the loose leading a paragraph has on a page: table rows stay tight. */
    private static final class CellText extends Paragraph {
        private static final UnitValue NO_MARGIN = UnitValue.createPointValue(0);
        /** Fixed, so a row with Ethiopic (a font with taller metrics) is as high as the others. */
        private static final Leading LEADING = new Leading(Leading.FIXED, BODY_SIZE * 1.3f);

        CellText(String text, TextAlignment alignment) {
            super(text);
            if (alignment != TextAlignment.LEFT) {
                setTextAlignment(alignment);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public <P> P getDefaultProperty(int property) {
            return switch (property) {
                case Property.MARGIN_TOP, Property.MARGIN_BOTTOM -> (P) NO_MARGIN;
                case Property.LEADING -> (P) LEADING;
                default -> super.getDefaultProperty(property);
            };
        }
    }

    /** The cell texts in the reader's language: amounts in Canadian dollars, medium-length dates. */
    private static final class ValueTexts {
        private final NumberFormat money;
        private final DateTimeFormatter date;
        private final DateTimeFormatter dateTime;
        private final DateTimeFormatter longDate;

        ValueTexts(Locale locale, Clock clock) {
            money = NumberFormat.getCurrencyInstance(locale);
            money.setCurrency(Currency.getInstance("CAD"));
            date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale)
                    .withZone(clock.getZone());
            longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        }

        String of(Column<?> column, Object value) {
            if (value == null) {
                return "";
            }
            return switch (column.type()) {
                case TEXT -> PdfFonts.prepare(value.toString());
                case INTEGER -> CellValues.plainInteger(CellValues.integer(column, value));
                case MONEY -> money.format(CellValues.dollars(CellValues.cents(column, value)));
                case DATE -> date.format(CellValues.date(column, value));
                case DATE_TIME -> dateTime.format(CellValues.instant(column, value));
            };
        }

        String longDate(LocalDate day) {
            return longDate.format(day);
        }
    }

    /**
     * Writes the title and "Page X of Y" at the foot of every page. The total is known only once the table
     * is complete, while finished pages are already written out: each page therefore gets a small form
     * XObject, placed at the right margin, whose content ("Page 3 of 12", right-aligned) is drawn once the
     * total is known. XObjects are written at the end, so they can still be filled after their page.
     */
    private final class PageFooters extends AbstractPdfDocumentEventHandler {
        private static final float NUMBER_BOX_WIDTH = 200;

        private final PdfDocument pdf;
        private final FontProvider provider;
        private final String title;
        private final Messages messages;
        private final List<PdfFormXObject> pending = new ArrayList<>();
        private final List<Integer> pendingPages = new ArrayList<>();
        private int totalPages;

        PageFooters(PdfDocument pdf, FontProvider provider, String title, Messages messages) {
            this.pdf = pdf;
            this.provider = provider;
            this.title = PdfFonts.prepare(title);
            this.messages = messages;
        }

        @Override
        protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
            PdfPage page = ((PdfDocumentEvent) event).getPage();
            Rectangle area = page.getPageSize();
            PdfCanvas pdfCanvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);

            Canvas canvas = styled(new Canvas(pdfCanvas, area));
            canvas.showTextAligned(title, area.getLeft() + MARGIN, FOOTER_BOTTOM, TextAlignment.LEFT);
            canvas.close();

            PdfFormXObject pageNumber = new PdfFormXObject(
                    new Rectangle(-NUMBER_BOX_WIDTH, 0, NUMBER_BOX_WIDTH, 3 * FOOTER_SIZE));
            pdfCanvas.addXObjectWithTransformationMatrix(
                    pageNumber, 1, 0, 0, 1, area.getRight() - MARGIN, FOOTER_BOTTOM);
            int number = pdf.getPageNumber(page);
            if (totalPages > 0) {
                drawPageNumber(pageNumber, number);
            } else {
                pending.add(pageNumber);
                pendingPages.add(number);
            }
        }

        /** Fills the footers of the pages already written; later pages are filled as they end. */
        void finish(int totalPages) {
            this.totalPages = totalPages;
            for (int i = 0; i < pending.size(); i++) {
                drawPageNumber(pending.get(i), pendingPages.get(i));
            }
            pending.clear();
            pendingPages.clear();
        }

        private void drawPageNumber(PdfFormXObject box, int number) {
            String text = messages.get("export.pdf.pageOfPages", String.valueOf(number), String.valueOf(totalPages));
            Canvas canvas = styled(new Canvas(box, pdf));
            canvas.showTextAligned(text, 0, 0, TextAlignment.RIGHT);
            canvas.close();
        }

        private Canvas styled(Canvas canvas) {
            fonts.applyTo(canvas, provider);
            return canvas.setFontSize(FOOTER_SIZE).setFontColor(MUTED);
        }
    }
}
