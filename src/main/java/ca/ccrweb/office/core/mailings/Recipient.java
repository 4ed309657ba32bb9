package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.l10n.Language;

/**
 * One address a mailing goes to, with what its merge fields need. {@code language} null means not known:
 * the message then carries both versions, French first.
 */
public record Recipient(String email, String fullName, String organizationName, String eventTitle,
                        Language language) {

    public boolean reads(Language wanted) {
        return language == null || language == wanted;
    }
}
