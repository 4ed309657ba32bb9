package ca.ccrweb.office.core.communications;

import ca.ccrweb.office.core.l10n.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One edition as saved: its content, status and, once published, when and by whom. */
public record QuarterlyUpdate(long id, int year, int quarter, Language language, int revision, String title,
                              LocalDate issueDate, Paper paper, UpdateStatus status, List<UpdateSection> sections,
                              UpdateImage image, List<KeyFigure> figures, Instant publishedAt,
                              String publishedBy, long version) {

    public QuarterlyUpdateDraft content() {
        return new QuarterlyUpdateDraft(year, quarter, language, title, issueDate, paper, sections, image, figures);
    }

    public boolean published() {
        return status == UpdateStatus.PUBLISHED;
    }

    /** What the audit trail keeps of it: the content, the picture by its size only. */
    Object audited() {
        return new Audited(year, quarter, language, revision, title, issueDate, paper, status, sections,
                image == null ? null : image.caption(), image == null ? 0 : image.size(), figures);
    }

    public record Audited(int year, int quarter, Language language, int revision, String title, LocalDate issueDate,
                           Paper paper, UpdateStatus status, List<UpdateSection> sections, String imageCaption,
                           int imageBytes, List<KeyFigure> figures) {
    }
}
