package ca.ccrweb.office.core.imports;

import java.time.Instant;

/** An import as recorded: who, when, which file (name and SHA-256), counts, and whether it was undone. */
public record ImportBatch(long id, ImportKind kind, String fileName, String sha256, Long eventId, String actor,
                          Instant importedAt, int created, int updated, int skipped, int errors, Instant undoneAt,
                          String undoneBy) {
    public boolean undone() {
        return undoneAt != null;
    }
}
