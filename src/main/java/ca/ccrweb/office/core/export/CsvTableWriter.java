package ca.ccrweb.office.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark, which is what makes Excel read the accents right. Values are
 * written for machines, the same in every language: ISO dates, plain decimals without a currency sign.
 */
final class CsvTableWriter implements TableWriter {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String LINE_END = "\r\n";
    /** ISO 8601 with a space between date and time (RFC 3339), which Excel recognises as a date-time. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final DateTimeFormatter dateTime;

    CsvTableWriter(ZoneId zone) {
        this.dateTime = DATE_TIME.withZone(zone);
    }

    @Override
    public <T> void write(TableExport<T> table, OutputStream out, ExportProgress progress) throws IOException {
        List<Column<T>> columns = table.columns();
        RowProgress rows = new RowProgress(progress, table.rows().size());
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(BYTE_ORDER_MARK);
        for (int c = 0; c < columns.size(); c++) {
            writeField(writer, c, columns.get(c).header());
        }
        writer.write(LINE_END);
        for (T row : table.rows()) {
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                writeField(writer, c, format(column, CellValues.valueOf(column, row)));
            }
            writer.write(LINE_END);
            rows.rowDone();
        }
        rows.finished();
        writer.flush();
    }

    private String format(Column<?> column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case TEXT -> formulaSafe(value.toString());
            case INTEGER -> CellValues.plainInteger(CellValues.integer(column, value));
            case MONEY -> CellValues.dollars(CellValues.cents(column, value)).toPlainString();
            case DATE -> CellValues.date(column, value).toString();
            case DATE_TIME -> dateTime.format(CellValues.instant(column, value));
        };
    }

    /**
     * Text that a spreadsheet program would read as a formula ("=HYPERLINK(...)" typed as a name) gets the
     * apostrophe OWASP recommends in front, so Excel and LibreOffice show it as text instead of running it.
     * Numbers, amounts and dates are written by their own cases and never prefixed.
     */
    static String formulaSafe(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static void writeField(Writer writer, int index, String text) throws IOException {
        if (index > 0) {
            writer.write(',');
        }
        if (!needsQuotes(text)) {
            writer.write(text);
            return;
        }
        writer.write('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                writer.write('"');
            }
            writer.write(c);
        }
        writer.write('"');
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
