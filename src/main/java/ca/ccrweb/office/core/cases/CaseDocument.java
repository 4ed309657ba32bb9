package ca.ccrweb.office.core.cases;

import java.time.Instant;

/** A document attached to a case (its bytes are read apart): name, size and SHA-256 of the original. */
public record CaseDocument(long id, String fileName, long sizeBytes, String sha256, String addedBy, Instant addedAt) {
}
