package ca.ccrweb.office.core.contacts;

import ca.ccrweb.office.core.l10n.Language;

public record ContactDraft(String fullName, String email, String phone, Language language,
                           Long organizationId, String organizationName) {
}
