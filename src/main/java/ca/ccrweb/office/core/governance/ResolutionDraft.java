package ca.ccrweb.office.core.governance;

import java.util.List;
import java.util.Set;

/** A resolution as typed; a null {@code number} takes the year's next number. */
public record ResolutionDraft(Integer year, Integer number, String titleFr, String titleEn, String textFr,
                              String textEn, Long sponsorGroupId, Long sponsorOrganizationId, Long adoptedAtEventId,
                              ResolutionStatus status, Set<ResolutionTheme> themes, List<Long> relatedIds) {

    public ResolutionDraft {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        relatedIds = relatedIds == null ? List.of() : List.copyOf(relatedIds);
    }
}
