package ca.ccrweb.office.core.export;

import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true);
        try {
            describe(workbook, table);
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            CellStyle[] styles = columnStyles(workbook, table);
            writeHeader(workbook, sheet, table.columns());
            int lastRow = writeRows(sheet, table, styles, progress);
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, table.columns().size() - 1));
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void describe(SXSSFWorkbook workbook, TableExport<?> table) {
        var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        properties.setTitle(table.title());
        properties.setCreator(Messages.of(table.language()).get("app.title"));
    }

    /** One style per column, made once: a workbook holds at most 64,000 styles and each costs time. */
    private static CellStyle[] columnStyles(SXSSFWorkbook workbook, TableExport<?> table) {
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
                case TEXT, INTEGER -> null;
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
                    if (styles[c] != null) {
                        cell.setCellStyle(styles[c]);
                    }
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
}
