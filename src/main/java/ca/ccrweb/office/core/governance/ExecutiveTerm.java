package ca.ccrweb.office.core.governance;

import ca.ccrweb.office.core.groups.Terms;
import ca.ccrweb.office.core.l10n.Language;

import java.time.LocalDate;

/**
 * A term on the executive committee: the position, who holds it and the organization they come from, the
 * consultation whose general assembly elected them, and the term's dates ({@code endsOn} null: still serving).
 */
public record ExecutiveTerm(long id, ExecutivePosition position, long contactId, String fullName, String email,
                            Long organizationId, String organizationName, Long electedAtEventId,
                            String electedAtFr, String electedAtEn, LocalDate startsOn, LocalDate endsOn) {

    public boolean covers(LocalDate day) {
        return Terms.covers(startsOn, endsOn, day);
    }

    public String electedAt(Language language) {
        return language == Language.FR ? electedAtFr : electedAtEn;
    }
}
