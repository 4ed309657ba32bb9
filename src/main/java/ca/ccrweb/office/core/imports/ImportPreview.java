package ca.ccrweb.office.core.imports;

import java.util.List;

/** Every row classified, nothing written yet. */
public record ImportPreview(List<PreviewRow> rows, int newRows, int duplicates, int errors) {

    public List<RowError> allErrors() {
        return rows.stream().flatMap(row -> row.errors().stream()).toList();
    }
}
