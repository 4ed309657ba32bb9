package ca.ccrweb.office.core.governance;

import ca.ccrweb.office.core.l10n.Language;

import java.util.List;
import java.util.Set;

/**
 * A resolution of the council: its number within its year, titles and texts in both languages, the working
 * group or member organization that sponsored it, the consultation (and its general assembly) where it was
 * adopted, its status, themes and the earlier resolutions it relates to.
 */
public record Resolution(long id, int year, int number, String titleFr, String titleEn, String textFr,
                         String textEn, Long sponsorGroupId, String sponsorGroupFr, String sponsorGroupEn,
                         Long sponsorOrganizationId, String sponsorOrganizationName, Long adoptedAtEventId,
                         String adoptedAtFr, String adoptedAtEn, ResolutionStatus status,
                         Set<ResolutionTheme> themes, List<Long> relatedIds) {

    public Resolution {
        themes = Set.copyOf(themes);
        relatedIds = List.copyOf(relatedIds);
    }

    /** "2024-07": the year and the number, as the register and the book print it. */
    public String code() {
        return code(year, number);
    }

    public static String code(int year, int number) {
        return year + "-" + (number < 10 ? "0" + number : String.valueOf(number));
    }

    public String title(Language language) {
        return language == Language.FR ? titleFr : titleEn;
    }

    public String text(Language language) {
        return language == Language.FR ? textFr : textEn;
    }

    /** The sponsoring working group, else the member organization; null when neither is recorded. */
    public String sponsor(Language language) {
        if (sponsorGroupId != null) {
            return language == Language.FR ? sponsorGroupFr : sponsorGroupEn;
        }
        return sponsorOrganizationName;
    }

    public String adoptedAt(Language language) {
        return language == Language.FR ? adoptedAtFr : adoptedAtEn;
    }

    public ResolutionDraft toDraft() {
        return new ResolutionDraft(year, number, titleFr, titleEn, textFr, textEn, sponsorGroupId,
                sponsorOrganizationId, adoptedAtEventId, status, themes, relatedIds);
    }
}
