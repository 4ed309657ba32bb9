package ca.ccrweb.office.core.export;

import java.util.List;

/** How wide a table prints: the same rule for the PDF's page and the spreadsheet's print setup. */
final class PrintedWidth {
    /** Beyond this many characters of relative width, or this many columns, the page turns to landscape. */
    private static final int PORTRAIT_MAX_WIDTH = 100;
    private static final int PORTRAIT_MAX_COLUMNS = 6;

    private PrintedWidth() {
    }

    static boolean needsLandscape(List<? extends Column<?>> columns) {
        int totalWidth = 0;
        for (Column<?> column : columns) {
            totalWidth += of(column);
        }
        return totalWidth > PORTRAIT_MAX_WIDTH || columns.size() > PORTRAIT_MAX_COLUMNS;
    }

    /** The column's width, widened if a word of its (bold) header would not fit and be cut in two. */
    static int of(Column<?> column) {
        int longestWord = 0;
        for (String word : column.header().split("\\s+")) {
            longestWord = Math.max(longestWord, word.length());
        }
        return Math.max(column.width(), longestWord + 2);
    }
}
