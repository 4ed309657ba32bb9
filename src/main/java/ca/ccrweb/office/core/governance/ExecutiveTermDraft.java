package ca.ccrweb.office.core.governance;

import ca.ccrweb.office.core.contacts.ContactDraft;

import java.time.LocalDate;

public record ExecutiveTermDraft(ExecutivePosition position, ContactDraft person, Long electedAtEventId,
                                 LocalDate startsOn, LocalDate endsOn) {
}
