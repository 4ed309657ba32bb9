package ca.ccrweb.office.core.export;

import ca.ccrweb.office.core.l10n.Language;
import java.util.List;
import java.util.Objects;

/**
 * A table to export: its title (the sheet name, the PDF heading), its columns, its rows and the language
 * of the words the writers add themselves (PDF page footers, dates and amounts).
 *
 * <p>The rows are read once, in order, while exporting; they are not copied, so a large list costs nothing more.
 */
public record TableExport<T>(String title, List<Column<T>> columns, List<T> rows, Language language) {

    public TableExport {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("An exported table needs a title");
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("An exported table needs at least one column");
        }
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(language, "language");
    }
}
