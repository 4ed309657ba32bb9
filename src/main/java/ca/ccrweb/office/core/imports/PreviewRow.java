package ca.ccrweb.office.core.imports;

import java.util.List;
import java.util.Map;

/**
 * One row of the sheet as the import sees it before writing: new, a duplicate of a record (which, by which
 * rule), or in error (which fields, why). {@code cells}: what the row holds for each mapped field.
 */
public record PreviewRow(int line, RowStatus status, Map<ImportField, String> cells, Duplicate duplicate,
                         List<RowError> errors) {
    public PreviewRow {
        cells = Map.copyOf(cells);
        errors = List.copyOf(errors);
    }

    public String cell(ImportField field) {
        return cells.get(field);
    }
}
