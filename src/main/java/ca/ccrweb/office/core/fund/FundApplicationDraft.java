package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Province;

import java.time.LocalDate;
import java.util.List;

/**
 * An application as the form gives it: the applicant (found again by email or created), the member
 * organization that supports it (optional), the stream and year, the consultations it names, the amounts
 * asked per expense line, and the language letters are written in. {@code submittedOn} null means today.
 */
public record FundApplicationDraft(ContactDraft applicant, Long organizationId, FundStream stream, Integer year,
                                   Province province, Language language, List<Long> eventIds,
                                   List<RequestedLine> lines, LocalDate submittedOn) {

    public FundApplicationDraft {
        eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
