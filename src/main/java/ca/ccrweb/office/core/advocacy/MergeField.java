package ca.ccrweb.office.core.advocacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields a model letter's text may hold between double braces, such as {@code {{organization}}}; French
 * letters may write the French name ({@code {{organisme}}}): both mean the same field.
 */
public enum MergeField {
    ORGANIZATION("organization", "organisme"),
    ADDRESS("address", "adresse"),
    SIGNATORY("signatory", "signataire"),
    SIGNATORY_TITLE("signatoryTitle", "titreSignataire"),
    ADDRESSEE("addressee", "destinataire"),
    RIDING("riding", "circonscription"),
    PROVINCE("province", "province"),
    DATE("date", "date");

    private final String english;
    private final String french;

    MergeField(String english, String french) {
        this.english = english;
        this.french = french;
    }

    public String english() {
        return english;
    }

    public String french() {
        return french;
    }

    /** The field written {@code name} between the braces, in either language, whatever its case. */
    public static Optional<MergeField> named(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(field -> field.english.toLowerCase(Locale.ROOT).equals(key)
                || field.french.toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    public String labelKey() {
        return "advocacy.field." + name();
    }
}
