package ca.ccrweb.office.core.advocacy;

import java.time.Instant;

/** A file kept with an action report, such as the reply letter a member received; its bytes are read apart. */
public record Attachment(long id, long actionId, String fileName, long sizeBytes, Instant addedAt) {
}
