package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.l10n.Language;

/**
 * A subscription list: one the application knows by {@code code} (CCRLIST, the Chronique, the trafficking
 * bulletins, member mailings) or one the office added (no code).
 */
public record MailingList(long id, String code, String nameFr, String nameEn, boolean organizationRequired) {
    public static final String CCRLIST = "CCRLIST";
    public static final String CHRONIQUE = "CHRONIQUE";
    public static final String TRAFFICKING = "TRAFFICKING";
    /** Not a list people join: it holds those who asked to stop receiving member mailings. */
    public static final String MEMBERS = "MEMBERS";

    public String name(Language language) {
        return language == Language.FR ? nameFr : nameEn;
    }

    public boolean isMemberMailings() {
        return MEMBERS.equals(code);
    }
}
