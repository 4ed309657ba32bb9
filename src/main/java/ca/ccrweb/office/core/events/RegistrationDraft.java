package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.l10n.Language;

import java.time.LocalDate;
import java.util.Set;

/**
 * What staff type to register someone. {@code organizationId} names a member organization; otherwise
 * {@code organizationName} is free text. A null {@code specialRateCategoryId} means the member or
 * non-member rate, chosen by the organization's membership on the registration date. No days means
 * the whole event. A null {@code registeredOn} means today.
 */
public record RegistrationDraft(ContactDraft person, Long organizationId, String organizationName,
                                Long specialRateCategoryId, Set<LocalDate> days, Set<Long> sessionIds,
                                Language language, String accessibilityNeeds, String dietaryNeeds,
                                String interpretation, String childcareNeeds, LocalDate registeredOn) {
    public RegistrationDraft {
        days = days == null ? Set.of() : Set.copyOf(days);
        sessionIds = sessionIds == null ? Set.of() : Set.copyOf(sessionIds);
    }
}
