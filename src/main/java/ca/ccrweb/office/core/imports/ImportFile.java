package ca.ccrweb.office.core.imports;

import java.util.List;

/**
 * A spreadsheet as read: its name, the SHA-256 of its bytes, the header row and the rows below it (row
 * {@code i} of {@link #rows()} is line {@code i + 2} of the sheet, as staff see it in their spreadsheet).
 */
public record ImportFile(String fileName, String sha256, List<String> headers, List<String[]> rows) {
    public ImportFile {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** The line of the sheet of a row index, counting the header as line 1. */
    public static int lineOf(int rowIndex) {
        return rowIndex + 2;
    }

    public String cell(int rowIndex, int column) {
        String[] row = rows.get(rowIndex);
        return column < row.length ? row[column] : null;
    }
}
