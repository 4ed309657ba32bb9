package ca.ccrweb.office.core.imports;

import java.util.List;

/**
 * A spreadsheet as read: its name, the SHA-256 of its bytes, the header row and the rows below it (row
 * {@code i} of {@link #rows()} is line {@code i + 2} of the sheet, as staff see it in their spreadsheet).
 * The first rows of a large file, read to show them at once ({@link ImportFiles#readFirst}), have no SHA-256:
 * they are not the whole file and are never imported.
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

    /** Whether these are all the rows of the file (not only its first rows). */
    public boolean complete() {
        return sha256 != null;
    }

    public String cell(int rowIndex, int column) {
        String[] row = rows.get(rowIndex);
        return column < row.length ? row[column] : null;
    }
}
