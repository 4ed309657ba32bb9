package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.l10n.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A member organization, or an organization that applied to become one. */
public record Organization(
        long id,
        String name,
        String nameOtherLanguage,
        String email,
        String phone,
        String website,
        String streetAddress,
        String city,
        String postalCode,
        Province province,
        Region region,
        Language language,
        Set<ServiceOffered> services,
        Set<Clientele> clienteles,
        String notes,
        MembershipStatus status,
        LocalDate appliedOn,
        LocalDate memberSince,
        String statusReason,
        Instant createdAt,
        Instant updatedAt,
        String applicationContactName,
        String applicationContactEmail,
        long version) {

    public Organization {
        services = Set.copyOf(services);
        clienteles = Set.copyOf(clienteles);
    }

    public OrganizationDraft toDraft() {
        return new OrganizationDraft(name, nameOtherLanguage, email, phone, website, streetAddress, city,
                postalCode, province, language, services, clienteles, notes);
    }
}
