package ca.ccrweb.office.core.imports;

import java.util.List;

/** What an import did (or, for a dry run, would do): its batch (null for a dry run), counts, the rows refused. */
public record ImportResult(Long batchId, int created, int updated, int skipped, List<RowError> errors) {
    public ImportResult {
        errors = List.copyOf(errors);
    }

    public int errorRows() {
        return (int) errors.stream().mapToInt(RowError::line).distinct().count();
    }
}
