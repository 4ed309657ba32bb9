package ca.ccrweb.office.core.communications;

import ca.ccrweb.office.core.l10n.Language;

import java.time.LocalDate;
import java.util.List;

/** What staff write: the content of one edition, saved as a draft and rendered as it stands. */
public record QuarterlyUpdateDraft(int year, int quarter, Language language, String title, LocalDate issueDate,
                                   Paper paper, List<UpdateSection> sections, UpdateImage image,
                                   List<KeyFigure> figures) {
    public QuarterlyUpdateDraft {
        sections = sections == null ? List.of() : List.copyOf(sections);
        figures = figures == null ? null : List.copyOf(figures);
    }

    public QuarterlyUpdateDraft withPaper(Paper other) {
        return new QuarterlyUpdateDraft(year, quarter, language, title, issueDate, other, sections, image, figures);
    }

    public QuarterlyUpdateDraft withSections(List<UpdateSection> others) {
        return new QuarterlyUpdateDraft(year, quarter, language, title, issueDate, paper, others, image, figures);
    }

    public QuarterlyUpdateDraft withFigures(List<KeyFigure> others) {
        return new QuarterlyUpdateDraft(year, quarter, language, title, issueDate, paper, sections, image, others);
    }

    public List<UpdateSection> sectionsOfPage(int page) {
        return sections.stream().filter(section -> section.page() == page).toList();
    }
}
