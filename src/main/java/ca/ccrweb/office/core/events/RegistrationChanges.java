package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.l10n.Language;

import java.time.LocalDate;
import java.util.Set;

/**
 * What staff may change in an existing registration; the person and the registration date stay. Fields mean
 * what they mean in {@link RegistrationDraft}: a member {@code organizationId} or free-text
 * {@code organizationName}, a null {@code specialRateCategoryId} for the member or non-member rate, no days
 * for the whole event.
 */
public record RegistrationChanges(Long organizationId, String organizationName, Long specialRateCategoryId,
                                  Set<LocalDate> days, Set<Long> sessionIds, Language language,
                                  String accessibilityNeeds, String dietaryNeeds, String interpretation,
                                  String childcareNeeds) {
    public RegistrationChanges {
        days = days == null ? Set.of() : Set.copyOf(days);
        sessionIds = sessionIds == null ? Set.of() : Set.copyOf(sessionIds);
    }
}
