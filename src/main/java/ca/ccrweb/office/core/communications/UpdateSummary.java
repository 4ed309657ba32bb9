package ca.ccrweb.office.core.communications;

import ca.ccrweb.office.core.l10n.Language;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the list of updates and of the archive. */
public record UpdateSummary(long id, int year, int quarter, Language language, int revision, String title,
                            LocalDate issueDate, UpdateStatus status, Instant publishedAt) {
}
