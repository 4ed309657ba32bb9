package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.common.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One row read with the settings: typed values by field, the cells as typed, and what was refused. */
final class ParsedRow {
    final int line;
    final Map<ImportField, Object> values = new LinkedHashMap<>();
    final Map<ImportField, String> cells = new LinkedHashMap<>();
    final List<RowError> errors = new ArrayList<>();
    /** The key the kind matches the row by (name and organization...), made once: it is asked several times. */
    String matchKey;

    ParsedRow(int line) {
        this.line = line;
    }

    @SuppressWarnings("unchecked")
    <T> T get(ImportField field) {
        return (T) values.get(field);
    }

    boolean has(ImportField field) {
        return values.get(field) != null;
    }

    void reject(ImportField field, String key, Object... arguments) {
        errors.add(new RowError(line, field, cells.get(field),
                new FieldError(field == null ? "row" : field.name(), key, arguments)));
    }
}
