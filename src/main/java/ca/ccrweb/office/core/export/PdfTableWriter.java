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
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A printable report: title, the date it was generated, the table with its header row repeated on every page,
 * and "Page X of Y" at the foot of each page. Values are shown the way a reader of the table's language
 * expects them.
 *
 * <p>Columns with no value in any row are left out; the widths of the others and the page's orientation come
 * from the measured content ({@link ColumnLayout}, ADR 0017). The table is drawn straight on each page's
 * canvas: text widths measured with the fonts, cell text wrapped into lines between words, rows never cut by
 * a page break. iText's layout engine did this for the first version
 * and spent most of the time of a long report looking up cell properties (ADR 0012). Each page is written to
 * the stream when it is full, so a long table never sits whole in memory.
 */
final class PdfTableWriter implements TableWriter {
    private static final float MARGIN = 36;
    /** Narrower than the top: a wide list gains a column's worth; office printers reach 0.25 in. */
    private static final float SIDE_MARGIN = 28;
    private static final float BOTTOM_MARGIN = 38;
    private static final float FOOTER_BOTTOM = 18;
    private static final float TITLE_SIZE = 15;
    private static final float TITLE_LEADING = TITLE_SIZE * 1.2f;
    private static final float SUBTITLE_SIZE = 9;
    private static final float BODY_SIZE = 8f;
    /** Used only when it saves a page: a long French list a few rows over its last full page. */
    private static final float SMALLER_BODY_SIZE = 7.5f;
    /** Times the body size, fixed, so a row with Ethiopic (a font with taller metrics) is as high as the others. */
    private static final float LEADING_SHARE = 1.15f;
    /** DejaVu Sans Bold's space is this much wider than the regular one's. */
    private static final float BOLD_SPACE = 1.1f;
    private static final float FOOTER_SIZE = 7.5f;
    private static final float CELL_PADDING = 2f;
    private static final float GRID_WIDTH = 0.5f;
    /** Space above the title's first line, the title's to the subtitle's, the subtitle's to the table. */
    private static final float ABOVE_TITLE = 8;
    private static final float TITLE_TO_SUBTITLE = 9;
    private static final float SUBTITLE_TO_TABLE = 14;
    private static final float NUMBER_BOX_WIDTH = 200;
    /** The height a one-line title and its subtitle take above the table on page 1. */
    private static final float TITLE_BLOCK = ABOVE_TITLE + TITLE_LEADING + SUBTITLE_SIZE * 1.2f + SUBTITLE_TO_TABLE;

    private static final Color INK = new DeviceRgb(0x1F, 0x29, 0x33);
    private static final Color MUTED = new DeviceRgb(0x5F, 0x6B, 0x76);
    private static final Color HEADER_FILL = new DeviceRgb(0xDD, 0xE4, 0xEC);
    private static final Color STRIPE_FILL = new DeviceRgb(0xF4, 0xF6, 0xF9);
    private static final Color GRID = new DeviceRgb(0xB8, 0xC2, 0xCC);

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
        PdfValueTexts texts = new PdfValueTexts(locale, clock);
        List<Column<T>> all = table.columns();
        List<T> rows = table.rows();

        String[][] cells = new String[rows.size()][];
        boolean[] filled = new boolean[all.size()];
        int index = 0;
        for (T row : rows) {
            String[] rowTexts = new String[all.size()];
            for (int c = 0; c < rowTexts.length; c++) {
                Column<T> column = all.get(c);
                rowTexts[c] = texts.of(column, CellValues.valueOf(column, row));
                filled[c] |= !rowTexts[c].isEmpty();
            }
            cells[index++] = rowTexts;
        }
        int[] kept = ColumnLayout.keptColumns(filled);
        List<Column<T>> columns = new ArrayList<>(kept.length);
        for (int c : kept) {
            columns.add(all.get(c));
        }

        PdfWriter writer = new PdfWriter(out, new WriterProperties().setFullCompressionMode(true));
        writer.setCloseStream(false);
        PdfDocument pdf = new PdfDocument(writer);
        pdf.getDocumentInfo().setTitle(table.title()).setCreator(messages.get("app.title"));
        pdf.getCatalog().setLang(new PdfString(locale.toLanguageTag()));

        CanvasFonts fonts = new CanvasFonts(this.fonts);
        Layout layout = layOut(fonts, columns, cells, kept);
        Pages pages = new Pages(pdf, fonts, layout, columns, table.title(), messages);
        String generatedOn = messages.get("export.pdf.generatedOn", texts.longDate(LocalDate.now(clock)));
        pages.startFirst(generatedOn);

        RowProgress done = new RowProgress(progress, cells.length);
        String[] row = new String[kept.length];
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < kept.length; c++) {
                row[c] = cells[r][kept[c]];
            }
            cells[r] = null;
            pages.addRow(row, r % 2 == 1);
            done.rowDone();
        }
        done.finished();
        pages.finish();
        pdf.close();
    }

    /** The page and the columns' widths: measured on the content, portrait unless landscape takes fewer pages. */
    private static <T> Layout layOut(CanvasFonts fonts, List<Column<T>> columns, String[][] cells, int[] kept) {
        int sampleSize = ColumnLayout.sampleSize(cells.length);
        ColumnLayout.Measured[] measured = new ColumnLayout.Measured[columns.size()];
        float[] widest = new float[3];
        for (int c = 0; c < measured.length; c++) {
            widest[1] = 0;
            widest[2] = 0;
            float[] headerPieces = fonts.pieces(PdfFonts.shapeLogical(columns.get(c).header()), BODY_SIZE, true, widest);
            ColumnLayout.Measured column = new ColumnLayout.Measured(widest[1], headerPieces, sampleSize);
            boolean unbreakable = alignsRight(columns.get(c));
            widest[1] = 0;
            widest[2] = 0;
            int nextSampled = 0;
            for (int r = 0; r < cells.length; r++) {
                String text = cells[r][kept[c]];
                if (text.isEmpty()) {
                    if (nextSampled < sampleSize && r == ColumnLayout.sampledIndex(nextSampled, sampleSize, cells.length)) {
                        nextSampled++;
                    }
                    continue;
                }
                widest[0] = 0;
                float[] pieces = fonts.pieces(text, BODY_SIZE, false, widest);
                column.widest = Math.max(column.widest, widest[0]);
                if (unbreakable) {
                    widest[1] = Math.max(widest[1], widest[0]);
                    widest[2] = Math.max(widest[2], widest[0]);
                }
                if (nextSampled < sampleSize && r == ColumnLayout.sampledIndex(nextSampled, sampleSize, cells.length)) {
                    column.sampledWords[nextSampled++] = pieces;
                }
            }
            column.longestWord = widest[1];
            column.longestShortWord = widest[2];
            measured[c] = column;
        }
        float spaceWidth = fonts.width(" ", BODY_SIZE, false);
        Layout chosen = null;
        for (float bodySize : new float[] {BODY_SIZE, SMALLER_BODY_SIZE}) {
            for (boolean shortWordsOnly : new boolean[] {false, true}) {
                for (PageSize size : new PageSize[] {PageSize.LETTER, PageSize.LETTER.rotate()}) {
                    Layout layout = Layout.on(size, bodySize, measured, spaceWidth, shortWordsOnly, sampleSize,
                            cells.length);
                    if (chosen == null || layout.expectedPages() < chosen.expectedPages()) {
                        chosen = layout;
                    }
                }
            }
        }
        return chosen;
    }

    /**
     * A page size, the body's font size and the text width of each column on it, with the number of pages it is
     * expected to take. Measured at {@link #BODY_SIZE}: text at a smaller size is as wide as at the usual size on
     * a table wider in the same ratio.
     */
    private record Layout(PageSize size, float bodySize, float[] textWidths, double expectedPages) {
        static Layout on(PageSize size, float bodySize, ColumnLayout.Measured[] columns, float spaceWidth,
                         boolean shortWordsOnly, int sampled, int rows) {
            float scale = bodySize / BODY_SIZE;
            float leading = bodySize * LEADING_SHARE;
            float tableWidth = size.getWidth() - 2 * SIDE_MARGIN;
            float available = tableWidth - columns.length * (2 * CELL_PADDING + GRID_WIDTH);
            ColumnLayout.Widths widths = ColumnLayout.widths(columns, available / scale, spaceWidth, shortWordsOnly);
            float[] textWidths = widths.text().clone();
            for (int c = 0; c < textWidths.length; c++) {
                textWidths[c] *= scale;
            }
            float pageHeight = size.getHeight() - MARGIN - BOTTOM_MARGIN
                    - widths.headerLines(columns, spaceWidth * BOLD_SPACE) * leading - 2 * CELL_PADDING;
            return new Layout(size, bodySize, textWidths,
                    expectedPages(widths.linesOfEachRow(), leading, pageHeight, sampled, rows));
        }

        float leading() {
            return bodySize * LEADING_SHARE;
        }

        /**
         * Every row measured: filled page by page as the writer does (rows are never cut, the title takes the top
         * of page 1). Only a sample measured: its height in proportion.
         */
        private static double expectedPages(int[] linesOfEachRow, float leading, float pageHeight, int sampled,
                                            int rows) {
            if (sampled == 0) {
                return 1;
            }
            if (sampled < rows) {
                double height = 0;
                for (int lines : linesOfEachRow) {
                    height += lines * leading + 2 * CELL_PADDING;
                }
                return Math.max(1, Math.ceil(height * rows / sampled / pageHeight));
            }
            int pages = 1;
            float left = pageHeight - TITLE_BLOCK;
            for (int lines : linesOfEachRow) {
                float height = lines * leading + 2 * CELL_PADDING;
                if (height > left && left < pageHeight - TITLE_BLOCK) {
                    pages++;
                    left = pageHeight;
                }
                left -= height;
            }
            return pages;
        }
    }

    private static boolean alignsRight(Column<?> column) {
        return switch (column.type()) {
            case INTEGER, MONEY -> true;
            case TEXT, DATE, DATE_TIME -> false;
        };
    }

    /**
     * The pages as they fill: where the next row goes, the header row at the top of each page, the footers.
     * The footer's "Page X of Y" needs the total, known only at the end, while full pages are already written
     * out: each page therefore gets a small form XObject, placed at the right margin, whose content is drawn
     * once the total is known. XObjects are written at the end, so they can still be filled after their page.
     */
    private static final class Pages {
        private final PdfDocument pdf;
        private final CanvasFonts fonts;
        private final PageSize size;
        private final String title;
        private final Messages messages;
        private final float left;
        private final float tableWidth;
        /** Left edge of each column, and the table's right edge last. */
        private final float[] edges;
        private final boolean[] rightAligned;
        private final String[] headers;
        private final float baselineFromLineTop;
        private final float bodySize;
        private final float leading;
        private final List<PdfFormXObject> pageNumbers = new ArrayList<>();

        private PdfPage page;
        private PdfCanvas canvas;
        private float cursor;
        private boolean pageHasRows;

        <T> Pages(PdfDocument pdf, CanvasFonts fonts, Layout layout, List<Column<T>> columns, String title,
                  Messages messages) {
            this.pdf = pdf;
            this.fonts = fonts;
            this.size = layout.size();
            this.title = PdfFonts.prepare(title);
            this.messages = messages;
            this.left = size.getLeft() + SIDE_MARGIN;
            this.tableWidth = size.getWidth() - 2 * SIDE_MARGIN;
            this.edges = new float[columns.size() + 1];
            this.rightAligned = new boolean[columns.size()];
            this.headers = new String[columns.size()];
            float x = left;
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                edges[c] = x;
                x += layout.textWidths()[c] + 2 * CELL_PADDING + GRID_WIDTH;
                rightAligned[c] = alignsRight(column);
                headers[c] = PdfFonts.shapeLogical(column.header());
            }
            edges[columns.size()] = left + tableWidth;
            this.bodySize = layout.bodySize();
            this.leading = layout.leading();
            this.baselineFromLineTop = (leading - bodySize) / 2 + fonts.ascentShare() * bodySize;
        }

        void startFirst(String generatedOn) {
            newPage();
            float top = size.getTop() - MARGIN - ABOVE_TITLE;
            canvas.beginText().setFillColor(INK);
            float baseline = top - fonts.ascentShare() * TITLE_SIZE;
            for (String line : fonts.lines(title, tableWidth, TITLE_SIZE, true)) {
                canvas.setTextMatrix(left, baseline);
                fonts.show(canvas, line, TITLE_SIZE, true);
                baseline -= TITLE_LEADING;
            }
            baseline += TITLE_LEADING - TITLE_TO_SUBTITLE - SUBTITLE_SIZE * 1.2f;
            canvas.setFillColor(MUTED).setTextMatrix(left, baseline);
            fonts.show(canvas, PdfFonts.prepare(generatedOn), SUBTITLE_SIZE, false);
            canvas.endText();
            cursor = baseline - SUBTITLE_TO_TABLE;
            drawHeader();
        }

        void addRow(String[] cells, boolean striped) {
            List<CellLines> lines = linesOf(cells, false);
            float height = heightOf(lines);
            if (cursor - height < size.getBottom() + BOTTOM_MARGIN && pageHasRows) {
                endPage();
                newPage();
                cursor = size.getTop() - MARGIN;
                drawHeader();
            }
            drawRow(lines, height, striped ? STRIPE_FILL : null, false);
            pageHasRows = true;
        }

        void finish() {
            endPage();
            int total = pageNumbers.size();
            for (int number = 1; number <= total; number++) {
                String text = messages.get("export.pdf.pageOfPages", String.valueOf(number), String.valueOf(total));
                PdfCanvas box = new PdfCanvas(pageNumbers.get(number - 1), pdf);
                box.beginText().setFillColor(MUTED)
                        .setTextMatrix(-fonts.width(text, FOOTER_SIZE, false), footerBaseline() - FOOTER_BOTTOM);
                fonts.show(box, text, FOOTER_SIZE, false);
                box.endText().release();
            }
        }

        private void newPage() {
            page = pdf.addNewPage(size);
            canvas = new PdfCanvas(page);
            canvas.setLineWidth(GRID_WIDTH).setStrokeColor(GRID);
            pageHasRows = false;
        }

        private void drawHeader() {
            List<CellLines> lines = linesOf(headers, true);
            drawRow(lines, heightOf(lines), HEADER_FILL, true);
        }

        /** Each cell's lines in drawing order: wrapped in reading order, then each line reordered on its own. */
        private List<CellLines> linesOf(String[] cells, boolean bold) {
            List<CellLines> lines = new ArrayList<>(cells.length);
            for (int c = 0; c < cells.length; c++) {
                String text = cells[c];
                if (text.isEmpty()) {
                    lines.add(CellLines.EMPTY);
                    continue;
                }
                boolean fromRight = PdfFonts.isRightToLeft(text);
                List<String> wrapped = fonts.lines(text, textWidth(c), bodySize, bold);
                List<String> visual = new ArrayList<>(wrapped.size());
                for (String line : wrapped) {
                    visual.add(PdfFonts.visualLine(line, fromRight));
                }
                lines.add(new CellLines(visual, fromRight));
            }
            return lines;
        }

        private float textWidth(int column) {
            return edges[column + 1] - edges[column] - 2 * CELL_PADDING - GRID_WIDTH;
        }

        /** As high as its tallest cell, but never taller than an empty page: the rest of such a cell is cut. */
        private float heightOf(List<CellLines> lines) {
            int most = 1;
            for (CellLines cell : lines) {
                most = Math.max(most, cell.lines().size());
            }
            float available = size.getHeight() - MARGIN - BOTTOM_MARGIN - 3 * (leading + 2 * CELL_PADDING);
            return Math.min(most * leading, available) + 2 * CELL_PADDING;
        }

        private void drawRow(List<CellLines> lines, float height, Color fill, boolean bold) {
            float top = cursor;
            float bottom = top - height;
            float right = edges[edges.length - 1];
            if (fill != null) {
                canvas.setFillColor(fill).rectangle(left, bottom, tableWidth, height).fill();
            }
            canvas.moveTo(left, top).lineTo(right, top).moveTo(left, bottom).lineTo(right, bottom);
            for (float edge : edges) {
                canvas.moveTo(edge, top).lineTo(edge, bottom);
            }
            canvas.stroke();

            canvas.beginText().setFillColor(INK);
            for (int c = 0; c < lines.size(); c++) {
                float baseline = top - CELL_PADDING - baselineFromLineTop;
                CellLines cell = lines.get(c);
                for (String line : cell.lines()) {
                    if (baseline < bottom + CELL_PADDING) {
                        break;
                    }
                    float x = rightAligned[c] || cell.fromRight()
                            ? edges[c + 1] - CELL_PADDING - GRID_WIDTH / 2 - fonts.width(line, bodySize, bold)
                            : edges[c] + CELL_PADDING + GRID_WIDTH / 2;
                    canvas.setTextMatrix(x, baseline);
                    fonts.show(canvas, line, bodySize, bold);
                    baseline -= leading;
                }
            }
            canvas.endText();
            cursor = bottom;
        }

        /** The title at the left of the foot, and a box at the right for "Page X of Y", filled at the end. */
        private void endPage() {
            float baseline = footerBaseline();
            canvas.beginText().setFillColor(MUTED).setTextMatrix(left, baseline);
            fonts.show(canvas, title, FOOTER_SIZE, false);
            canvas.endText();
            PdfFormXObject pageNumber = new PdfFormXObject(
                    new Rectangle(-NUMBER_BOX_WIDTH, 0, NUMBER_BOX_WIDTH, 3 * FOOTER_SIZE));
            canvas.addXObjectWithTransformationMatrix(pageNumber, 1, 0, 0, 1, left + tableWidth, FOOTER_BOTTOM);
            pageNumbers.add(pageNumber);
            canvas.release();
            page.flush();
        }

        private float footerBaseline() {
            return FOOTER_BOTTOM + (1 - fonts.ascentShare()) * FOOTER_SIZE;
        }
    }

    /** A cell's lines in drawing order; a text that reads from the right is aligned right. */
    private record CellLines(List<String> lines, boolean fromRight) {
        static final CellLines EMPTY = new CellLines(List.of(), false);
    }
}
