package ca.ccrweb.office.core.mailings;

/** A file sent with a mailing and kept with it in the archive. */
public record Attachment(String fileName, String mediaType, byte[] content) {
}
