package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.l10n.Language;

import java.util.Set;

/** What staff type into the organization form, before it is checked. */
public record OrganizationDraft(
        String name,
        String nameOtherLanguage,
        String email,
        String phone,
        String website,
        String streetAddress,
        String city,
        String postalCode,
        Province province,
        Language language,
        Set<ServiceOffered> services,
        Set<Clientele> clienteles,
        String notes) {

    public OrganizationDraft {
        services = services == null ? Set.of() : Set.copyOf(services);
        clienteles = clienteles == null ? Set.of() : Set.copyOf(clienteles);
    }
}
