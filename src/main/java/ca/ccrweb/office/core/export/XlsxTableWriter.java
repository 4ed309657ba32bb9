package ca.ccrweb.office.core.export;

import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming xlsx workbook with one sheet: bold frozen header row with a filter, typed cells (numbers,
 * amounts in dollars with a currency format, real dates), so the office can sort, sum and filter in Excel.
 * Only a window of rows stays in memory; the rest waits in compressed temporary files, deleted at the end.
 */
final class XlsxTableWriter implements TableWriter {
    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_COLUMN_WIDTH = 255;
    /** Format codes are always written in Excel's English notation; Excel shows them in the reader's locale. */
    private static final String MONEY_FORMAT_FR = "#,##0.00 $";
    private static final String MONEY_FORMAT_EN = "$#,##0.00";
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

    private final ZoneId zone;

    XlsxTableWriter(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public <T> void write(TableExport<T> table, OutputStream out, ExportProgress progress) throws IOException {
        SXSSFWorkbook workbook = new StreamingWorkbook();
        try {
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            try {
                fill(workbook, sheet, table, progress);
                workbook.write(out);
            } catch (Throwable failure) {
                // close() would write the rows still in memory into the temporary file it has just shut, and
                // log that failure loudly: a failed export has no use for them.
                discardRowsInMemory(sheet);
                throw failure;
            }
        } finally {
            workbook.close(); // also deletes the temporary files
        }
    }

    private <T> void fill(SXSSFWorkbook workbook, SXSSFSheet sheet, TableExport<T> table,
            ExportProgress progress) {
        describe(workbook, table);
        CellStyle[] styles = columnStyles(workbook, table);
        writeHeader(workbook, sheet, table.columns());
        int lastRow = writeRows(sheet, table, styles, progress);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, table.columns().size() - 1));
        setUpPrinting(sheet, table.columns());
    }

    /** Printed, the sheet fits the page's width and repeats its header row on every page. */
    private static void setUpPrinting(SXSSFSheet sheet, List<? extends Column<?>> columns) {
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.LETTER_PAPERSIZE);
        print.setLandscape(PrintedWidth.needsLandscape(columns));
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private static void discardRowsInMemory(SXSSFSheet sheet) {
        List<Row> inMemory = new ArrayList<>();
        sheet.forEach(inMemory::add);
        inMemory.forEach(sheet::removeRow);
    }

    private static void describe(SXSSFWorkbook workbook, TableExport<?> table) {
        var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        properties.setTitle(table.title());
        properties.setCreator(Messages.of(table.language()).get("app.title"));
    }

    /**
     * One style per column, made once: a workbook holds at most 64,000 styles and each costs time. Plain
     * cells get the workbook's default style explicitly, else POI looks up a column style in the sheet's XML
     * for every cell it writes, a third of the whole export's time.
     */
    private static CellStyle[] columnStyles(SXSSFWorkbook workbook, TableExport<?> table) {
        CellStyle plain = workbook.getCellStyleAt(0);
        var formats = workbook.createDataFormat();
        CellStyle money = workbook.createCellStyle();
        money.setDataFormat(formats.getFormat(table.language() == Language.FR ? MONEY_FORMAT_FR : MONEY_FORMAT_EN));
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(formats.getFormat(DATE_FORMAT));
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(formats.getFormat(DATE_TIME_FORMAT));

        List<? extends Column<?>> columns = table.columns();
        CellStyle[] styles = new CellStyle[columns.size()];
        for (int c = 0; c < styles.length; c++) {
            styles[c] = switch (columns.get(c).type()) {
                case TEXT, INTEGER -> plain;
                case MONEY -> money;
                case DATE -> date;
                case DATE_TIME -> dateTime;
            };
        }
        return styles;
    }

    private static void writeHeader(SXSSFWorkbook workbook, SXSSFSheet sheet, List<? extends Column<?>> columns) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        Row row = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Column<?> column = columns.get(c);
            Cell cell = row.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, Math.min(column.width() + 2, MAX_COLUMN_WIDTH) * 256);
        }
    }

    /** Returns the index of the last row written. */
    private <T> int writeRows(SXSSFSheet sheet, TableExport<T> table, CellStyle[] styles, ExportProgress progress) {
        List<Column<T>> columns = table.columns();
        RowProgress rows = new RowProgress(progress, table.rows().size());
        int rowIndex = 0;
        for (T item : table.rows()) {
            Row row = sheet.createRow(++rowIndex);
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                Object value = CellValues.valueOf(column, item);
                if (value != null) {
                    Cell cell = row.createCell(c);
                    setValue(cell, column, value);
                    cell.setCellStyle(styles[c]);
                }
            }
            rows.rowDone();
        }
        rows.finished();
        return rowIndex;
    }

    private void setValue(Cell cell, Column<?> column, Object value) {
        switch (column.type()) {
            case TEXT -> cell.setCellValue(limitLength(value.toString()));
            case INTEGER -> cell.setCellValue(CellValues.integer(column, value).doubleValue());
            case MONEY -> cell.setCellValue(CellValues.cents(column, value) / 100.0);
            case DATE -> cell.setCellValue(CellValues.date(column, value));
            case DATE_TIME -> cell.setCellValue(LocalDateTime.ofInstant(CellValues.instant(column, value), zone));
        }
    }

    /** Excel refuses longer cells; a long note is cut rather than failing the whole export. */
    private static String limitLength(String text) {
        return text.length() <= MAX_TEXT_LENGTH ? text : text.substring(0, MAX_TEXT_LENGTH);
    }

    /**
     * SXSSF with compressed temporary files, written without a lock per character: POI writes the sheet's
     * XML one character at a time through a {@link java.io.BufferedWriter}, whose locking took a third of the
     * export's time.
     */
    private static final class StreamingWorkbook extends SXSSFWorkbook {
        StreamingWorkbook() {
            super(null, ROWS_IN_MEMORY, true);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new GZIPSheetDataWriter(getSharedStringSource()) {
                /** Deprecated only to become protected in POI 6, which keeps this override valid. */
                @Override
                @SuppressWarnings("deprecation")
                public Writer createWriter(File file) throws IOException {
                    FileOutputStream stream = new FileOutputStream(file);
                    try {
                        OutputStream compressed = decorateOutputStream(stream);
                        return new UnlockedBufferedWriter(new OutputStreamWriter(compressed, StandardCharsets.UTF_8));
                    } catch (IOException | RuntimeException e) {
                        stream.close();
                        throw e;
                    }
                }

                @Override
                protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
                    return new FastGzipOutputStream(file);
                }
            };
        }
    }

    /** The temporary files are read back once, moments later: fast compression is enough. */
    private static final class FastGzipOutputStream extends GZIPOutputStream {
        FastGzipOutputStream(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    /** A buffered writer for one thread: no lock taken per character. */
    private static final class UnlockedBufferedWriter extends Writer {
        private final Writer out;
        private final char[] buffer = new char[1 << 14];
        private int used;
        private boolean closed;

        UnlockedBufferedWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                flushBuffer();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (length > buffer.length - used) {
                flushBuffer();
                if (length > buffer.length) {
                    out.write(chars, offset, length);
                    return;
                }
            }
            System.arraycopy(chars, offset, buffer, used, length);
            used += length;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (length > buffer.length - used) {
                flushBuffer();
                if (length > buffer.length) {
                    out.write(text, offset, length);
                    return;
                }
            }
            text.getChars(offset, offset + length, buffer, used);
            used += length;
        }

        @Override
        public void flush() throws IOException {
            flushBuffer();
            out.flush();
        }

        /** POI closes its writers more than once. */
        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                flushBuffer();
                out.close();
            }
        }

        private void flushBuffer() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
